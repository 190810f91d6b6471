/**
 * Mounts the Posters screen where HubPostersPage rendered its root, with the settings it put there.
 */
import { mountApp } from '../shared/mount';
import { App } from './app';
import type { AppSettings } from './types';
import './index.scss';

mountApp< AppSettings >( 'notfound-hub-posters', ( settings ) => (
	<App settings={ settings } />
) );
