/**
 * The hub's Statistics screen: displays over time, by country, the most displayed posters, how many sites
 * reported, and the figures as CSV. Partners get their own posters; the REST route decides.
 */
import { Button, Notice, SelectControl, Spinner } from '@wordpress/components';
import { useEffect, useMemo, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

import { failureMessage } from '../shared/failure';
import { languageTag } from '../shared/countries';
import { downloadCsv, fetchStatistics } from './api';
import { DisplaysChart } from './displays-chart';
import { PERIODS, lastDays } from './period';
import { CountryTable, TopPosters } from './ranked-tables';
import type { AppSettings, Statistics, StatisticsQuery } from './types';

/** Visitors whose country the display site could not tell are counted under this code. */
const UNKNOWN_COUNTRY = 'ZZ';

export function App( { settings }: { settings: AppSettings } ) {
	const [ days, setDays ] = useState< number >( 30 );
	const [ partner, setPartner ] = useState< number | null >( null );
	const [ statistics, setStatistics ] = useState< Statistics | null >( null );
	const [ error, setError ] = useState( '' );
	const query: StatisticsQuery = useMemo(
		() => ( { ...lastDays( days ), partner } ),
		[ days, partner ]
	);

	useEffect( () => {
		setStatistics( null );
		setError( '' );
		fetchStatistics( query ).then( setStatistics, ( reason ) =>
			setError( failureMessage( reason ) )
		);
	}, [ query ] );

	const tag = languageTag( settings.locale );
	const numbers = new Intl.NumberFormat( tag );
	const regions = new Intl.DisplayNames( [ tag, 'en' ], { type: 'region' } );
	const formatNumber = ( value: number ) => numbers.format( value );
	const countryName = ( code: string ) =>
		code === UNKNOWN_COUNTRY
			? __( 'Unknown country', 'notfound' )
			: ( regions.of( code ) ?? code );

	return (
		<div className="notfound-stats">
			<div className="notfound-stats-controls">
				<SelectControl
					__next40pxDefaultSize
					label={ __( 'Period', 'notfound' ) }
					value={ String( days ) }
					options={ PERIODS.map( ( period ) => ( {
						value: String( period ),
						label: sprintf(
							/* translators: %d: number of days. */
							_n(
								'Last %d day',
								'Last %d days',
								period,
								'notfound'
							),
							period
						),
					} ) ) }
					onChange={ ( value ) => setDays( Number( value ) ) }
				/>
				{ settings.isAdmin && (
					<SelectControl
						__next40pxDefaultSize
						label={ __( 'Organisation', 'notfound' ) }
						value={ partner === null ? '' : String( partner ) }
						options={ [
							{
								value: '',
								label: __( 'All organisations', 'notfound' ),
							},
							...settings.partners.map( ( { id, name } ) => ( {
								value: String( id ),
								label: name,
							} ) ),
						] }
						onChange={ ( value ) =>
							setPartner( value === '' ? null : Number( value ) )
						}
					/>
				) }
				<Button
					variant="secondary"
					__next40pxDefaultSize
					onClick={ () =>
						downloadCsv( query ).catch( ( reason ) =>
							setError( failureMessage( reason ) )
						)
					}
				>
					{ __( 'Download CSV', 'notfound' ) }
				</Button>
			</div>
			{ error && (
				<Notice status="error" isDismissible={ false }>
					{ error }
				</Notice>
			) }
			{ ! statistics && ! error && <Spinner /> }
			{ statistics && (
				<>
					<p className="notfound-stats-summary">
						{ sprintf(
							/* translators: 1: number of displays, 2: number of sites. */
							_n(
								'%1$s displays, reported by %2$s site.',
								'%1$s displays, reported by %2$s sites.',
								statistics.sites,
								'notfound'
							),
							formatNumber( statistics.total ),
							formatNumber( statistics.sites )
						) }
					</p>
					<DisplaysChart
						perDay={ statistics.per_day }
						formatNumber={ formatNumber }
					/>
					<div className="notfound-stats-tables">
						<CountryTable
							byCountry={ statistics.by_country }
							formatNumber={ formatNumber }
							countryName={ countryName }
						/>
						<TopPosters
							posters={ statistics.top_posters }
							formatNumber={ formatNumber }
						/>
					</div>
				</>
			) }
		</div>
	);
}
