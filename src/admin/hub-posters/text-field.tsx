/**
 * A text input bound to one form value, with that field's error and hint: what most poster fields are.
 */
import { TextControl } from '@wordpress/components';
import type { ComponentProps } from 'react';

import { controlProps } from '../shared/field-errors';
import type { SectionProps } from './form-section';
import type { PosterFormValues } from './form-values';

type TextValueKey = {
	[ Key in keyof PosterFormValues ]: PosterFormValues[ Key ] extends string
		? Key
		: never;
}[ keyof PosterFormValues ];

type TextFieldProps = SectionProps & {
	/** The server's path for this field, under which its errors come. */
	path: string;
	name: TextValueKey;
	label: string;
	hint?: string;
} & Omit<
		ComponentProps< typeof TextControl >,
		'value' | 'onChange' | 'label' | 'help' | 'name'
	>;

export function TextField( {
	values,
	errors,
	update,
	path,
	name,
	label,
	hint,
	...inputProps
}: TextFieldProps ) {
	return (
		<TextControl
			__next40pxDefaultSize
			label={ label }
			value={ values[ name ] }
			onChange={ ( value ) => update( path, { [ name ]: value } ) }
			{ ...inputProps }
			{ ...controlProps( errors, path, hint ) }
		/>
	);
}
