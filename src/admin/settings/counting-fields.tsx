/**
 * Whether this site counts poster displays (and reports them to the hub), and how long it keeps the counts.
 */
import { TextControl, ToggleControl } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

import { fieldProps, numberFrom, numberText } from './field-props';
import { Section, type FieldsProps } from './section';
import { LIMITS } from './validate';

export function CountingFields( { values, errors, onChange }: FieldsProps ) {
	return (
		<Section title={ __( 'Display counting', 'notfound' ) }>
			<ToggleControl
				label={ __( 'Count poster displays', 'notfound' ) }
				help={ __(
					'Counts how often each poster was shown, per day and country, and sends these totals to the hub once a day so the organisations know their posters are seen. Nothing about visitors is counted or sent.',
					'notfound'
				) }
				checked={ values.count_displays }
				onChange={ ( countDisplays ) =>
					onChange( { count_displays: countDisplays } )
				}
			/>
			<TextControl
				__next40pxDefaultSize
				label={ __( 'Keep the counts for (days)', 'notfound' ) }
				type="number"
				min={ LIMITS.retention.min }
				max={ LIMITS.retention.max }
				value={ numberText( values.retention_days ) }
				onChange={ ( text ) =>
					onChange( { retention_days: numberFrom( text ) } )
				}
				{ ...fieldProps(
					errors,
					'retention_days',
					sprintf(
						/* translators: 1: fewest days, 2: most days. */
						__(
							'Older counts are deleted every day. From %1$d to %2$d.',
							'notfound'
						),
						LIMITS.retention.min,
						LIMITS.retention.max
					)
				) }
			/>
		</Section>
	);
}
