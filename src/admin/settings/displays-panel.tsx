/**
 * "Poster displays on this site": what the counters hold, and how the daily report to the hub went.
 */
import { Notice, Spinner } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import { fetchDisplays } from './api';
import { failureMessage } from '../shared/failure';
import { Section } from './section';
import { formatTime } from './time';
import type { DisplaySummary } from './types';

function ReportState( {
	report,
	locale,
}: {
	report: DisplaySummary[ 'report' ];
	locale: string;
} ) {
	if ( report.last_error ) {
		return (
			<Notice status="warning" isDismissible={ false } spokenMessage="">
				{ sprintf(
					/* translators: %s: why the report failed. */
					__(
						'The last report to the hub failed: %s It is tried again tomorrow.',
						'notfound'
					),
					report.last_error
				) }
			</Notice>
		);
	}
	if ( report.last_report_at === null ) {
		return (
			<p>
				{ __(
					'Not reported to the hub yet: the first report is sent within a day.',
					'notfound'
				) }
			</p>
		);
	}
	return (
		<p>
			{ sprintf(
				/* translators: 1: date and time of the last report, 2: last day reported (YYYY-MM-DD). */
				__(
					'Last reported to the hub on %1$s, up to %2$s.',
					'notfound'
				),
				formatTime( report.last_report_at, locale ),
				report.reported_through ?? '—'
			) }
		</p>
	);
}

export function DisplaysPanel( { locale }: { locale: string } ) {
	const [ summary, setSummary ] = useState< DisplaySummary | null >( null );
	const [ error, setError ] = useState( '' );
	useEffect( () => {
		fetchDisplays().then( setSummary, ( reason ) =>
			setError( failureMessage( reason ) )
		);
	}, [] );

	const number = new Intl.NumberFormat( locale.replace( '_', '-' ) );
	return (
		<Section title={ __( 'Poster displays on this site', 'notfound' ) }>
			{ error && (
				<Notice status="error" isDismissible={ false }>
					{ error }
				</Notice>
			) }
			{ ! summary && ! error && <Spinner /> }
			{ summary && ! summary.counting && (
				<p>{ __( 'Counting is off.', 'notfound' ) }</p>
			) }
			{ summary && (
				<>
					<dl className="notfound-status-facts">
						<dt>{ __( 'Today', 'notfound' ) }</dt>
						<dd>{ number.format( summary.today ) }</dd>
						<dt>{ __( 'Last 7 days', 'notfound' ) }</dt>
						<dd>{ number.format( summary.last_7_days ) }</dd>
						<dt>{ __( 'Last 30 days', 'notfound' ) }</dt>
						<dd>{ number.format( summary.last_30_days ) }</dd>
					</dl>
					{ summary.counting && (
						<ReportState
							report={ summary.report }
							locale={ locale }
						/>
					) }
				</>
			) }
		</Section>
	);
}
