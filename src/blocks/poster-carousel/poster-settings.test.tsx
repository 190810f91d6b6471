/**
 * The number-of-posters control: labelled, and changes are passed on within 0–12.
 */
import { fireEvent, render, screen } from '@testing-library/react';

import PosterSettings from './poster-settings';

describe( 'PosterSettings', () => {
	it( 'shows the current number in a labelled control', () => {
		render( <PosterSettings count={ 4 } onChangeCount={ jest.fn() } /> );

		const input = screen.getByRole< HTMLInputElement >( 'spinbutton', {
			name: 'Number of posters',
		} );
		expect( input.value ).toBe( '4' );
	} );

	it( 'passes a new number on', () => {
		const onChangeCount = jest.fn();
		render(
			<PosterSettings count={ 4 } onChangeCount={ onChangeCount } />
		);

		fireEvent.change(
			screen.getByRole( 'spinbutton', { name: 'Number of posters' } ),
			{ target: { value: '7' } }
		);

		expect( onChangeCount ).toHaveBeenLastCalledWith( 7 );
	} );
} );
