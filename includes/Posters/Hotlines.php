<?php
/**
 * Default hotlines by country: the hub's default for a poster, the display's fallback when it has none to show.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Posters;

/**
 * 116 000 is the hotline for missing children in every EU member state (and in the UK and a few others).
 */
final class Hotlines {

	private const HOTLINE_116000 = 'AT BE BG CY CZ DE DK EE ES FI FR GB GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK AL ME RS CH';

	public static function for_country( string $country ): ?string {
		return 1 === preg_match( '/^[A-Z]{2}$/', $country ) && str_contains( self::HOTLINE_116000, $country ) ? '116 000' : null;
	}
}
