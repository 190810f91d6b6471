/**
 * How the 404 page shows posters: the takeover, how many, rotation, the text above them, how old a copy may be.
 */
import {
	TextControl,
	TextareaControl,
	ToggleControl,
} from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

import { languageName } from '../shared/countries';
import {
	fieldId,
	fieldProps,
	helpProps,
	numberFrom,
	numberText,
} from './field-props';
import { Section, type FieldsProps } from './section';
import { LIMITS } from './validate';

export function DisplayFields( {
	values,
	errors,
	onChange,
	siteLocale,
	adminLocale,
}: FieldsProps & { siteLocale: string; adminLocale: string } ) {
	return (
		<Section title={ __( '404 page', 'notfound' ) }>
			<ToggleControl
				label={ __( 'Show posters on every 404 page', 'notfound' ) }
				help={ __(
					'When off, posters appear only where you place the Missing children posters block.',
					'notfound'
				) }
				checked={ values.takeover }
				onChange={ ( takeover ) => onChange( { takeover } ) }
			/>
			<TextControl
				__next40pxDefaultSize
				label={ __( 'Number of posters', 'notfound' ) }
				type="number"
				min={ LIMITS.posterCount.min }
				max={ LIMITS.posterCount.max }
				value={ numberText( values.poster_count ) }
				onChange={ ( text ) =>
					onChange( { poster_count: numberFrom( text ) } )
				}
				{ ...fieldProps(
					errors,
					'poster_count',
					sprintf(
						/* translators: 1: smallest number, 2: largest number. */
						__(
							'From %1$d to %2$d, nearest to the visitor first.',
							'notfound'
						),
						LIMITS.posterCount.min,
						LIMITS.posterCount.max
					)
				) }
			/>
			<ToggleControl
				label={ __( 'Rotate the posters', 'notfound' ) }
				help={ __(
					'Off by default: motion is opt-in. Rotation stops when a visitor focuses or points at a poster, and never starts for visitors who prefer reduced motion.',
					'notfound'
				) }
				checked={ values.autoplay }
				onChange={ ( autoplay ) => onChange( { autoplay } ) }
			/>
			{ values.autoplay && (
				<TextControl
					__next40pxDefaultSize
					label={ __( 'Seconds per poster', 'notfound' ) }
					type="number"
					min={ LIMITS.interval.min }
					max={ LIMITS.interval.max }
					value={ numberText( values.interval ) }
					onChange={ ( text ) =>
						onChange( { interval: numberFrom( text ) } )
					}
					{ ...fieldProps(
						errors,
						'interval',
						sprintf(
							/* translators: 1: fewest seconds, 2: most seconds. */
							__( 'From %1$d to %2$d.', 'notfound' ),
							LIMITS.interval.min,
							LIMITS.interval.max
						)
					) }
				/>
			) }
			<div id={ fieldId( 'intro_text' ) }>
				<TextareaControl
					label={ __( 'Text above the posters', 'notfound' ) }
					rows={ 3 }
					value={ values.intro_text }
					onChange={ ( value ) => onChange( { intro_text: value } ) }
					{ ...helpProps(
						errors,
						'intro_text',
						sprintf(
							/* translators: 1: a language name, 2: the most characters allowed. */
							__(
								'Write it in the site’s language, %1$s. Empty: a short default message. At most %2$d characters.',
								'notfound'
							),
							languageName( siteLocale, adminLocale ),
							LIMITS.introText
						)
					) }
				/>
			</div>
			<TextControl
				__next40pxDefaultSize
				label={ __(
					'Maximum age of the posters (minutes)',
					'notfound'
				) }
				type="number"
				min={ LIMITS.maxAge.min }
				max={ LIMITS.maxAge.max }
				value={ numberText( values.max_age_minutes ) }
				onChange={ ( text ) =>
					onChange( { max_age_minutes: numberFrom( text ) } )
				}
				{ ...fieldProps(
					errors,
					'max_age_minutes',
					sprintf(
						/* translators: 1: smallest age, 2: largest age. */
						__(
							'A copy the hub has not confirmed for longer than this is never shown: a poster in it may have been withdrawn. From %1$d to %2$d.',
							'notfound'
						),
						LIMITS.maxAge.min,
						LIMITS.maxAge.max
					)
				) }
			/>
			<TextControl
				__next40pxDefaultSize
				label={ __( 'Minutes between two syncs', 'notfound' ) }
				type="number"
				min={ LIMITS.refresh.min }
				max={ LIMITS.refresh.max }
				value={ numberText( values.refresh_minutes ) }
				onChange={ ( text ) =>
					onChange( { refresh_minutes: numberFrom( text ) } )
				}
				{ ...fieldProps(
					errors,
					'refresh_minutes',
					sprintf(
						/* translators: 1: fewest minutes, 2: most minutes. */
						__(
							'From %1$d to %2$d: at most ten, so a withdrawn poster leaves this site within fifteen minutes.',
							'notfound'
						),
						LIMITS.refresh.min,
						LIMITS.refresh.max
					)
				) }
			/>
		</Section>
	);
}
