<?php
/**
 * ISO 3166-1 alpha-2 country codes and a reference point per country.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Geo;

/**
 * Codes decide what is a valid country; reference points (approximate population centres) let
 * "nearest" work when all we know of a visitor is their country.
 */
final class Countries {

	/** The country of a visitor, or a count, that no source could tell: a user-assigned ISO 3166 code. */
	public const UNKNOWN = 'ZZ';

	private const CODES = 'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW';

	/** @var array<string, array{0: float, 1: float}> Latitude, longitude. */
	private const REFERENCE_POINTS = array(
		'AL' => array( 41.33, 19.82 ),
		'AT' => array( 47.80, 14.50 ),
		'BA' => array( 44.00, 18.00 ),
		'BE' => array( 50.70, 4.60 ),
		'BG' => array( 42.70, 25.00 ),
		'CH' => array( 46.90, 8.00 ),
		'CY' => array( 35.00, 33.30 ),
		'CZ' => array( 49.90, 15.30 ),
		'DE' => array( 51.00, 10.00 ),
		'DK' => array( 55.90, 10.50 ),
		'EE' => array( 58.80, 25.00 ),
		'ES' => array( 40.20, -3.70 ),
		'FI' => array( 62.00, 25.50 ),
		'FR' => array( 46.70, 2.40 ),
		'GB' => array( 52.80, -1.60 ),
		'GR' => array( 38.80, 23.30 ),
		'HR' => array( 45.30, 16.00 ),
		'HU' => array( 47.20, 19.40 ),
		'IE' => array( 53.30, -7.60 ),
		'IS' => array( 64.50, -19.00 ),
		'IT' => array( 42.80, 12.50 ),
		'LT' => array( 55.30, 23.90 ),
		'LU' => array( 49.70, 6.10 ),
		'LV' => array( 56.90, 24.60 ),
		'MD' => array( 47.20, 28.50 ),
		'ME' => array( 42.70, 19.30 ),
		'MK' => array( 41.60, 21.70 ),
		'MT' => array( 35.90, 14.40 ),
		'NL' => array( 52.20, 5.30 ),
		'NO' => array( 60.50, 9.00 ),
		'PL' => array( 52.00, 19.40 ),
		'PT' => array( 39.60, -8.20 ),
		'RO' => array( 45.90, 24.90 ),
		'RS' => array( 44.00, 20.90 ),
		'SE' => array( 59.50, 16.00 ),
		'SI' => array( 46.10, 14.80 ),
		'SK' => array( 48.70, 19.50 ),
		'TR' => array( 39.00, 32.00 ),
		'UA' => array( 49.00, 31.30 ),
		'US' => array( 39.80, -98.60 ),
		'CA' => array( 45.50, -75.70 ),
		'MA' => array( 32.00, -6.80 ),
	);

	/**
	 * @return list<string> Every code, alphabetically.
	 */
	public static function codes(): array {
		return explode( ' ', self::CODES );
	}

	public static function is_valid( string $code ): bool {
		return 1 === preg_match( '/^[A-Z]{2}$/', $code ) && str_contains( self::CODES, $code );
	}

	/**
	 * @return array{0: float, 1: float}|null Latitude and longitude, or null when not known.
	 */
	public static function reference_point( string $code ): ?array {
		return self::REFERENCE_POINTS[ $code ] ?? null;
	}
}
