/**
 * Mounts the Posters screen where HubPostersPage rendered its root, with the settings it put there.
 */
import { createRoot } from '@wordpress/element';

import { App } from './app';
import type { AppSettings } from './types';
import './index.scss';

const root = document.getElementById( 'notfound-hub-posters' );
if ( root ) {
	const settings = JSON.parse( root.dataset.settings ?? '{}' ) as AppSettings;
	createRoot( root ).render( <App settings={ settings } /> );
}
