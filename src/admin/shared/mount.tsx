/**
 * Mounts an admin app where its PHP screen rendered the root, with the settings the screen put in
 * data-settings.
 */
import { createRoot } from '@wordpress/element';
import type { ReactElement } from 'react';

export function mountApp< Settings >(
	rootId: string,
	app: ( settings: Settings ) => ReactElement
): void {
	const root = document.getElementById( rootId );
	if ( root ) {
		const settings = JSON.parse(
			root.dataset.settings ?? '{}'
		) as Settings;
		createRoot( root ).render( app( settings ) );
	}
}
