/**
 * Automatic rotation: off by default, and when on, an interval that never goes below 5 seconds.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import RotationSettings from './rotation-settings';

function renderSettings( autoplay: boolean, interval = 8 ) {
	const onChangeAutoplay = jest.fn();
	const onChangeInterval = jest.fn();
	render(
		<RotationSettings
			autoplay={ autoplay }
			interval={ interval }
			onChangeAutoplay={ onChangeAutoplay }
			onChangeInterval={ onChangeInterval }
		/>
	);
	return { onChangeAutoplay, onChangeInterval };
}

describe( 'RotationSettings', () => {
	it( 'offers to turn rotation on, without an interval while it is off', async () => {
		const { onChangeAutoplay } = renderSettings( false );
		const toggle = screen.getByRole< HTMLInputElement >( 'checkbox', {
			name: 'Rotate automatically',
		} );

		expect( toggle.checked ).toBe( false );
		expect( screen.queryByRole( 'spinbutton' ) ).toBeNull();
		await userEvent.click( toggle );

		expect( onChangeAutoplay ).toHaveBeenLastCalledWith( true );
	} );

	it( 'keeps the interval at 5 seconds or more', async () => {
		const { onChangeInterval } = renderSettings( true, 8 );
		const seconds = screen.getByRole< HTMLInputElement >( 'spinbutton', {
			name: 'Seconds per poster',
		} );

		expect( seconds.value ).toBe( '8' );
		await userEvent.clear( seconds );
		await userEvent.type( seconds, '2' );

		expect( onChangeInterval ).toHaveBeenLastCalledWith( 5 );
	} );
} );
