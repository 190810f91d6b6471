/**
 * Mounts Settings → NotFound where SettingsPage rendered its root, with the data it put in the page.
 */
import { createRoot } from '@wordpress/element';

import { App } from './app';
import type { PageData } from './types';
import './index.scss';

declare global {
	interface Window {
		notfoundSettingsPage?: PageData;
	}
}

const root = document.getElementById( 'notfound-settings' );
if ( root && window.notfoundSettingsPage ) {
	createRoot( root ).render( <App page={ window.notfoundSettingsPage } /> );
}
