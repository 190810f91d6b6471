/**
 * Displays per day as a line chart (Recharts, SVG; keyboard users move through the days with the arrow
 * keys), with the same numbers in a table for screen readers and for anyone who wants the figures.
 */
import { __ } from '@wordpress/i18n';
import {
	CartesianGrid,
	Line,
	LineChart,
	ResponsiveContainer,
	Tooltip,
	XAxis,
	YAxis,
} from 'recharts';

import type { Statistics } from './types';

interface DisplaysChartProps {
	perDay: Statistics[ 'per_day' ];
	formatNumber: ( value: number ) => string;
}

/** WordPress admin's blue. */
const LINE_COLOUR = '#2271b1';

export function DisplaysChart( { perDay, formatNumber }: DisplaysChartProps ) {
	const label = __( 'Displays per day', 'notfound' );
	return (
		<figure className="notfound-stats-chart">
			<figcaption>{ label }</figcaption>
			<div className="notfound-stats-chart__plot">
				<ResponsiveContainer width="100%" height={ 280 }>
					<LineChart
						data={ perDay }
						margin={ { top: 8, right: 16, bottom: 8, left: 8 } }
					>
						<CartesianGrid strokeDasharray="3 3" />
						<XAxis dataKey="day" minTickGap={ 24 } />
						<YAxis
							allowDecimals={ false }
							tickFormatter={ formatNumber }
						/>
						<Tooltip
							formatter={ ( value ) =>
								formatNumber( Number( value ) )
							}
						/>
						<Line
							type="linear"
							dataKey="displays"
							name={ __( 'Displays', 'notfound' ) }
							stroke={ LINE_COLOUR }
							strokeWidth={ 2 }
							dot={ false }
							isAnimationActive={ false }
						/>
					</LineChart>
				</ResponsiveContainer>
			</div>
			<details>
				<summary>{ __( 'Show the numbers', 'notfound' ) }</summary>
				<table className="widefat striped">
					<caption className="screen-reader-text">{ label }</caption>
					<thead>
						<tr>
							<th scope="col">{ __( 'Day', 'notfound' ) }</th>
							<th scope="col">
								{ __( 'Displays', 'notfound' ) }
							</th>
						</tr>
					</thead>
					<tbody>
						{ perDay.map( ( { day, displays } ) => (
							<tr key={ day }>
								<th scope="row">{ day }</th>
								<td>{ formatNumber( displays ) }</td>
							</tr>
						) ) }
					</tbody>
				</table>
			</details>
		</figure>
	);
}
