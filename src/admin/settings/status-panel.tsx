/**
 * How this site's copy of the hub's feed is doing, and "Sync now".
 */
import { Button, Notice } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';
import { store as noticesStore } from '@wordpress/notices';

import { fetchStatus, syncNow } from './api';
import type { Country } from '../shared/countries';
import { failureMessage } from '../shared/failure';
import { Section } from './section';
import { formatTime } from './time';
import type { SyncStatus } from './types';

/** These notices describe a state, not news: screen readers are not made to read them on every load. */
const STATE_NOTICE = { isDismissible: false, spokenMessage: '' } as const;

interface StatusPanelProps {
	status: SyncStatus | null;
	/** Why the status could not be read, if it could not. */
	loadError: string;
	onStatus: ( status: SyncStatus ) => void;
	/** After "Sync now" succeeded: the local copy may have changed. */
	onSynced: ( status: SyncStatus ) => void;
	countries: Country[];
	locale: string;
}

function timeOr( seconds: number | null, locale: string, fallback: string ) {
	return seconds === null ? fallback : formatTime( seconds, locale );
}

function PostersByCountry( {
	status,
	countries,
}: Pick< StatusPanelProps, 'countries' > & { status: SyncStatus } ) {
	const rows = Object.entries( status.by_country );
	if ( rows.length === 0 ) {
		return null;
	}
	const nameOf = new Map(
		countries.map( ( { code, name } ) => [ code, name ] )
	);
	return (
		<table className="widefat striped notfound-by-country">
			<caption>
				{ __( 'Posters stored per country', 'notfound' ) }
			</caption>
			<thead>
				<tr>
					<th scope="col">{ __( 'Country', 'notfound' ) }</th>
					<th scope="col">{ __( 'Posters', 'notfound' ) }</th>
				</tr>
			</thead>
			<tbody>
				{ rows.map( ( [ code, count ] ) => (
					<tr key={ code }>
						<th scope="row">{ nameOf.get( code ) ?? code }</th>
						<td>{ count }</td>
					</tr>
				) ) }
			</tbody>
		</table>
	);
}

function Dropped( { dropped }: { dropped: Record< string, string > } ) {
	const entries = Object.entries( dropped );
	if ( entries.length === 0 ) {
		return null;
	}
	return (
		<details>
			<summary>
				{ sprintf(
					/* translators: %d: number of posters. */
					_n(
						'%d poster from the hub was invalid and is not shown',
						'%d posters from the hub were invalid and are not shown',
						entries.length,
						'notfound'
					),
					entries.length
				) }
			</summary>
			<ul>
				{ entries.map( ( [ id, reason ] ) => (
					<li key={ id }>
						<code>{ id }</code>: { reason }
					</li>
				) ) }
			</ul>
		</details>
	);
}

function StatusDetails( {
	status,
	countries,
	locale,
}: Pick< StatusPanelProps, 'countries' | 'locale' > & {
	status: SyncStatus;
} ) {
	const never = __( 'Never', 'notfound' );
	return (
		<>
			<Notice
				status={ status.fresh ? 'success' : 'warning' }
				{ ...STATE_NOTICE }
			>
				{ status.fresh
					? __(
							'The posters are up to date: the 404 page shows them.',
							'notfound'
						)
					: __(
							'The posters are out of date: the 404 page shows the hotline instead, until the hub confirms them again.',
							'notfound'
						) }
			</Notice>
			{ status.last_error && (
				<Notice status="error" { ...STATE_NOTICE }>
					{ sprintf(
						/* translators: 1: number of failed syncs in a row, 2: the reason. */
						_n(
							'The last sync failed (%1$d time in a row): %2$s',
							'The last sync failed (%1$d times in a row): %2$s',
							status.failures,
							'notfound'
						),
						status.failures,
						status.last_error
					) }
				</Notice>
			) }
			<dl className="notfound-status-facts">
				<dt>{ __( 'Hub', 'notfound' ) }</dt>
				<dd>{ status.hub_url }</dd>
				<dt>{ __( 'Last confirmed by the hub', 'notfound' ) }</dt>
				<dd>{ timeOr( status.confirmed_at, locale, never ) }</dd>
				<dt>{ __( 'Last attempt', 'notfound' ) }</dt>
				<dd>{ timeOr( status.last_attempt_at, locale, never ) }</dd>
				<dt>{ __( 'Next scheduled sync', 'notfound' ) }</dt>
				<dd>
					{ timeOr(
						status.next_sync_at,
						locale,
						__( 'Not scheduled', 'notfound' )
					) }
				</dd>
				<dt>{ __( 'Posters stored', 'notfound' ) }</dt>
				<dd>{ status.stored }</dd>
			</dl>
			<PostersByCountry status={ status } countries={ countries } />
			<Dropped dropped={ status.dropped } />
		</>
	);
}

export function StatusPanel( {
	status,
	loadError,
	onStatus,
	onSynced,
	countries,
	locale,
}: StatusPanelProps ) {
	const [ syncing, setSyncing ] = useState( false );
	const { createErrorNotice, createSuccessNotice } =
		useDispatch( noticesStore );

	const sync = async () => {
		setSyncing( true );
		try {
			onSynced( await syncNow() );
			createSuccessNotice( __( 'Synced with the hub.', 'notfound' ), {
				type: 'snackbar',
			} );
		} catch ( error ) {
			createErrorNotice(
				sprintf(
					/* translators: %s: the reason. */
					__( 'Sync failed: %s', 'notfound' ),
					failureMessage( error )
				)
			);
			// The failure is now part of the status: show it.
			fetchStatus().then( onStatus, () => undefined );
		} finally {
			setSyncing( false );
		}
	};

	return (
		<Section title={ __( 'Sync status', 'notfound' ) }>
			{ status && (
				<StatusDetails
					status={ status }
					countries={ countries }
					locale={ locale }
				/>
			) }
			{ ! status && loadError && (
				<Notice status="error" { ...STATE_NOTICE }>
					{ sprintf(
						/* translators: %s: the reason. */
						__(
							'The sync status could not be read: %s',
							'notfound'
						),
						loadError
					) }
				</Notice>
			) }
			<div>
				<Button
					variant="secondary"
					onClick={ sync }
					isBusy={ syncing }
					disabled={ syncing }
					accessibleWhenDisabled
				>
					{ __( 'Sync now', 'notfound' ) }
				</Button>
			</div>
		</Section>
	);
}
