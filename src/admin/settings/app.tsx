/**
 * Settings → NotFound: the sync status, the option's form, the live preview and, on a hub, its key and
 * partners.
 */
import { Notice, Spinner } from '@wordpress/components';
import { useCallback, useEffect, useMemo, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import { Notices } from '../shared/notices';
import { fetchSettings, fetchStatus } from './api';
import { countriesByName } from '../shared/countries';
import { DisplaysPanel } from './displays-panel';
import { failureMessage } from '../shared/failure';
import { HubKeyPanel } from './hub-key-panel';
import { PartnersPanel } from './partners-panel';
import { PreviewPanel } from './preview-panel';
import { SettingsForm } from './settings-form';
import { StatusPanel } from './status-panel';
import type { PageData, SettingsValues, SyncStatus } from './types';

export function App( { page }: { page: PageData } ) {
	const [ saved, setSaved ] = useState< SettingsValues | null >( null );
	const [ settingsError, setSettingsError ] = useState( '' );
	const [ status, setStatus ] = useState< SyncStatus | null >( null );
	const [ statusError, setStatusError ] = useState( '' );
	// Changes whenever the posters a visitor would see may have: after a save, after a sync.
	const [ previewVersion, setPreviewVersion ] = useState( 0 );
	const refreshPreview = () =>
		setPreviewVersion( ( version ) => version + 1 );
	const countries = useMemo(
		() => countriesByName( page.countries, page.adminLocale ),
		[ page.countries, page.adminLocale ]
	);

	const loadStatus = useCallback( () => {
		fetchStatus().then(
			( current ) => {
				setStatus( current );
				setStatusError( '' );
			},
			( error ) => setStatusError( failureMessage( error ) )
		);
	}, [] );

	useEffect( () => {
		fetchSettings().then( setSaved, ( error ) =>
			setSettingsError( failureMessage( error ) )
		);
		loadStatus();
	}, [ loadStatus ] );

	const onSaved = ( values: SettingsValues ) => {
		setSaved( values );
		refreshPreview();
		// The pinned key's fingerprint and the hub shown come from the status.
		loadStatus();
	};

	return (
		<>
			<h1>{ __( 'NotFound', 'notfound' ) }</h1>
			<Notices />
			{ settingsError && (
				<Notice status="error" isDismissible={ false }>
					{ sprintf(
						/* translators: %s: the reason. */
						__( 'The settings could not be read: %s', 'notfound' ),
						settingsError
					) }
				</Notice>
			) }
			{ ! saved && ! settingsError && <Spinner /> }
			{ saved && saved.hub_mode !== page.hubMode && (
				<Notice status="info" isDismissible={ false }>
					{ __(
						'Hub mode changed. Reload the page to update the admin menu (the Posters screen exists in hub mode only).',
						'notfound'
					) }
				</Notice>
			) }
			{ saved && (
				<div className="notfound-settings-layout">
					<div className="notfound-settings-layout__main">
						<SettingsForm
							saved={ saved }
							savedKeyId={ status?.pinned_key_id ?? null }
							page={ page }
							countries={ countries }
							onSaved={ onSaved }
						/>
					</div>
					<div className="notfound-settings-layout__side">
						<StatusPanel
							status={ status }
							loadError={ statusError }
							onStatus={ setStatus }
							onSynced={ ( synced ) => {
								setStatus( synced );
								refreshPreview();
							} }
							countries={ countries }
							locale={ page.adminLocale }
						/>
						<DisplaysPanel locale={ page.adminLocale } />
						<PreviewPanel
							countries={ countries }
							initialCountry={ saved.default_country }
							count={ saved.poster_count }
							version={ previewVersion }
						/>
						{ saved.hub_mode && (
							<>
								<HubKeyPanel />
								<PartnersPanel countries={ countries } />
							</>
						) }
					</div>
				</div>
			) }
		</>
	);
}
