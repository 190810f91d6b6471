/**
 * The description, in English (required) and in as many other languages as the partner writes.
 */
import { Button, SelectControl, TextareaControl } from '@wordpress/components';
import { useEffect, useMemo, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import { controlProps, fieldId } from '../shared/field-errors';
import { FormSection, type SectionProps } from './form-section';
import { REQUIRED_LANGUAGE } from './form-values';
import { DESCRIPTION_LANGUAGES, languageName, languageOptions } from './names';
import { LIMITS } from './validate';

export function DescriptionFields( { values, errors, update }: SectionProps ) {
	const [ nextLanguage, setNextLanguage ] = useState( '' );
	const [ added, setAdded ] = useState< string | null >( null );
	const available = useMemo( () => {
		const used = new Set( values.descriptions.map( ( { lang } ) => lang ) );
		if ( used.size >= LIMITS.languages ) {
			return [];
		}
		return languageOptions(
			DESCRIPTION_LANGUAGES.filter( ( lang ) => ! used.has( lang ) )
		);
	}, [ values.descriptions ] );

	// A language just added: move to its empty description, where the partner writes next.
	useEffect( () => {
		if ( added ) {
			document
				.querySelector< HTMLElement >(
					`#${ fieldId( `description.${ added }` ) } textarea`
				)
				?.focus();
			setAdded( null );
		}
	}, [ added ] );

	const setText = ( lang: string, text: string ) =>
		update( `description.${ lang }`, {
			descriptions: values.descriptions.map( ( description ) =>
				description.lang === lang ? { lang, text } : description
			),
		} );
	const addLanguage = () => {
		if ( ! nextLanguage ) {
			return;
		}
		update( 'description', {
			descriptions: [
				...values.descriptions,
				{ lang: nextLanguage, text: '' },
			],
		} );
		setAdded( nextLanguage );
		setNextLanguage( '' );
	};
	const removeLanguage = ( lang: string ) =>
		update( `description.${ lang }`, {
			descriptions: values.descriptions.filter(
				( description ) => description.lang !== lang
			),
		} );

	return (
		<FormSection title={ __( 'Description', 'notfound' ) }>
			{ values.descriptions.map( ( { lang, text } ) => {
				const name = languageName( lang );
				// TextareaControl keeps its own id (its label points to it), so the field's id goes around it.
				const { id, ...textareaProps } = controlProps(
					errors,
					`description.${ lang }`,
					lang === REQUIRED_LANGUAGE
						? __(
								'Height, hair, eyes, clothes when last seen: what helps someone recognise the child.',
								'notfound'
							)
						: undefined
				);
				return (
					<div
						key={ lang }
						id={ id }
						className="notfound-description"
					>
						<TextareaControl
							label={
								lang === REQUIRED_LANGUAGE
									? __(
											'Description in English (required)',
											'notfound'
										)
									: sprintf(
											/* translators: %s: language name, e.g. Dutch. */
											__(
												'Description in %s',
												'notfound'
											),
											name
										)
							}
							required={ lang === REQUIRED_LANGUAGE }
							lang={ lang }
							rows={ 4 }
							value={ text }
							onChange={ ( value ) => setText( lang, value ) }
							{ ...textareaProps }
						/>
						{ lang !== REQUIRED_LANGUAGE && (
							<Button
								variant="link"
								isDestructive
								onClick={ () => removeLanguage( lang ) }
							>
								{ sprintf(
									/* translators: %s: language name, e.g. Dutch. */
									__(
										'Remove the description in %s',
										'notfound'
									),
									name
								) }
							</Button>
						) }
					</div>
				);
			} ) }
			<div className="notfound-form-row notfound-add-language">
				<SelectControl
					__next40pxDefaultSize
					label={ __(
						'Add a description in another language',
						'notfound'
					) }
					value={ nextLanguage }
					options={ [
						{
							value: '',
							label: __( 'Choose a language', 'notfound' ),
						},
						...available,
					] }
					onChange={ setNextLanguage }
				/>
				<Button
					__next40pxDefaultSize
					variant="secondary"
					onClick={ addLanguage }
					accessibleWhenDisabled
					disabled={ ! nextLanguage }
				>
					{ __( 'Add language', 'notfound' ) }
				</Button>
			</div>
		</FormSection>
	);
}
