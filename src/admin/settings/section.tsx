/**
 * One titled group of the screen: a card whose heading screen-reader users can jump to.
 */
import { Card, CardBody, CardHeader } from '@wordpress/components';
import type { ReactNode } from 'react';

import type { FieldErrors, SettingsValues } from './types';

/** What every group of settings fields receives from the form. */
export interface FieldsProps {
	values: SettingsValues;
	errors: FieldErrors;
	onChange: ( changes: Partial< SettingsValues > ) => void;
}

export function Section( {
	title,
	children,
}: {
	title: string;
	children: ReactNode;
} ) {
	return (
		<Card className="notfound-section">
			<CardHeader>
				<h2>{ title }</h2>
			</CardHeader>
			<CardBody>
				<div className="notfound-section__fields">{ children }</div>
			</CardBody>
		</Card>
	);
}
