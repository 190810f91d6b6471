/**
 * Shows a field's error next to it: in the control's help text, which the control already links to its
 * input with aria-describedby, and with aria-invalid on the input.
 */
import type { ReactNode } from 'react';

/** Error messages by field path (`last_seen.lat`, `photos.0`). */
export type FieldErrors = Record< string, string >;

/**
 * A stable element id per field path, so the form can find and focus the first invalid field.
 * @param path
 */
export function fieldId( path: string ): string {
	return `notfound-field-${ path.replace( /[^a-z0-9]+/gi, '-' ) }`;
}

export function FieldError( { children }: { children: ReactNode } ) {
	return <span className="notfound-field-error">{ children }</span>;
}

export function controlProps(
	errors: FieldErrors,
	path: string,
	hint?: string
): { id: string; help?: ReactNode; 'aria-invalid'?: true } {
	const error = errors[ path ];
	if ( ! error ) {
		return { id: fieldId( path ), help: hint };
	}
	return {
		id: fieldId( path ),
		'aria-invalid': true,
		help: (
			<>
				<FieldError>{ error }</FieldError>
				{ hint && <> { hint }</> }
			</>
		),
	};
}
