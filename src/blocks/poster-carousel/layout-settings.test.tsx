/**
 * The layout choice and the intro heading: labelled, and the editor's choices are passed on.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import LayoutSettings from './layout-settings';

function renderSettings( heading = '' ) {
	const onChangeLayout = jest.fn();
	const onChangeHeading = jest.fn();
	render(
		<LayoutSettings
			layout="single"
			heading={ heading }
			onChangeLayout={ onChangeLayout }
			onChangeHeading={ onChangeHeading }
		/>
	);
	return { onChangeLayout, onChangeHeading };
}

describe( 'LayoutSettings', () => {
	it( 'shows the current layout and switches to the grid', async () => {
		const { onChangeLayout } = renderSettings();

		expect(
			screen.getByRole< HTMLInputElement >( 'radio', {
				name: 'One poster at a time',
			} ).checked
		).toBe( true );
		await userEvent.click(
			screen.getByRole( 'radio', { name: 'A grid on wide screens' } )
		);

		expect( onChangeLayout ).toHaveBeenLastCalledWith( 'grid' );
	} );

	it( 'passes the intro heading on as it is typed', async () => {
		const { onChangeHeading } = renderSettings();

		await userEvent.type(
			screen.getByRole( 'textbox', { name: 'Intro heading' } ),
			'H'
		);

		expect( onChangeHeading ).toHaveBeenLastCalledWith( 'H' );
	} );

	it( 'explains what an empty heading shows', () => {
		renderSettings();

		expect(
			screen.getByRole( 'textbox', {
				name: 'Intro heading',
				description: /Page not found — neither is/,
			} )
		).toBeTruthy();
	} );
} );
