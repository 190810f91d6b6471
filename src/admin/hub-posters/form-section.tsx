/**
 * One group of the poster form: a fieldset, so screen readers announce the group with each field.
 */
import type { ReactNode } from 'react';

import type { PosterFormValues } from './form-values';
import type { FieldErrors } from './types';

export interface SectionProps {
	values: PosterFormValues;
	errors: FieldErrors;
	/** Changes values and clears the error shown for `path`, which the change answers. */
	update: ( path: string, patch: Partial< PosterFormValues > ) => void;
}

export function FormSection( {
	title,
	children,
}: {
	title: string;
	children: ReactNode;
} ) {
	return (
		<fieldset className="notfound-form-section">
			<legend>{ title }</legend>
			{ children }
		</fieldset>
	);
}
