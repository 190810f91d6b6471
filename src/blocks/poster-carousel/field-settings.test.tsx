/**
 * Which poster details show: one checkbox each, stored as the list of hidden ones.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import FieldSettings from './field-settings';

describe( 'FieldSettings', () => {
	it( 'checks every detail that shows', () => {
		render(
			<FieldSettings
				hiddenFields={ [ 'description' ] }
				onChangeHiddenFields={ jest.fn() }
			/>
		);

		expect( screen.getAllByRole( 'checkbox' ) ).toHaveLength( 6 );
		expect(
			screen.getByRole< HTMLInputElement >( 'checkbox', {
				name: 'Photo',
			} ).checked
		).toBe( true );
		expect(
			screen.getByRole< HTMLInputElement >( 'checkbox', {
				name: 'Description',
			} ).checked
		).toBe( false );
	} );

	it( 'hides a detail when it is unchecked and shows it again when checked', async () => {
		const onChangeHiddenFields = jest.fn();
		render(
			<FieldSettings
				hiddenFields={ [ 'description' ] }
				onChangeHiddenFields={ onChangeHiddenFields }
			/>
		);

		await userEvent.click(
			screen.getByRole( 'checkbox', { name: 'Last seen' } )
		);
		expect( onChangeHiddenFields ).toHaveBeenLastCalledWith( [
			'description',
			'lastSeen',
		] );

		await userEvent.click(
			screen.getByRole( 'checkbox', { name: 'Description' } )
		);
		expect( onChangeHiddenFields ).toHaveBeenLastCalledWith( [] );
	} );
} );
