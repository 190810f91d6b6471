/**
 * Mounts the Statistics screen where StatisticsPage rendered its root, with the settings it put there.
 */
import { mountApp } from '../shared/mount';
import { App } from './app';
import type { AppSettings } from './types';
import './index.scss';

mountApp< AppSettings >( 'notfound-statistics', ( settings ) => (
	<App settings={ settings } />
) );
