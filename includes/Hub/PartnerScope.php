<?php
/**
 * Where an organisation may publish, and which hotline its posters may show.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Hub;

use NotFound\Posters\Hotlines;

/**
 * A partner publishes only in its own countries (administrators anywhere). A poster's hotline is the one
 * the hub lists for the poster's country, or the organisation's registered hotline when the country is
 * one of its own: both are set by the hub, never by whoever writes the poster.
 *
 * @phpstan-import-type Partner from Partners
 */
final class PartnerScope {

	/**
	 * The hotline a poster gets when it names none. Out of scope, the organisation's own, so that the
	 * error is about the country rather than about a missing number.
	 *
	 * @param Partner $partner
	 */
	public static function default_hotline( array $partner, string $country ): ?string {
		$hotline = self::allowed_hotlines( $partner, $country )[0] ?? $partner['hotline'];
		return '' === $hotline ? null : $hotline;
	}

	/**
	 * Errors per field for a poster outside the organisation's scope; none when inside.
	 *
	 * @param Partner $partner
	 * @param bool    $any_country Whether the author may publish in any country (a hub administrator).
	 * @return array<string, string> Field path => message.
	 */
	public static function errors( array $partner, string $country, mixed $hotline, bool $any_country ): array {
		$errors = array();
		if ( ! $any_country && ! in_array( $country, $partner['countries'], true ) ) {
			$errors['last_seen.country'] = sprintf(
				/* translators: 1: organisation name, 2: comma-separated country codes. */
				__( '%1$s publishes only in its own countries: %2$s. Ask the hub administrator to publish elsewhere.', 'notfound' ),
				$partner['name'],
				implode( ', ', $partner['countries'] )
			);
		}
		$allowed = self::allowed_hotlines( $partner, $country );
		if ( is_string( $hotline ) && ! in_array( self::digits( $hotline ), array_map( array( self::class, 'digits' ), $allowed ), true ) ) {
			$errors['hotline'] = $allowed
				/* translators: 1: country code, 2: the allowed hotlines, comma-separated. */
				? sprintf( __( 'A poster in %1$s shows the hotline the hub lists for that country or the organisation\'s registered one: %2$s.', 'notfound' ), $country, implode( ', ', $allowed ) )
				/* translators: %s: country code. */
				: sprintf( __( 'The hub lists no hotline for %s: ask the hub administrator.', 'notfound' ), $country );
		}
		return $errors;
	}

	/**
	 * @param Partner $partner
	 * @return list<string> The organisation's own first.
	 */
	private static function allowed_hotlines( array $partner, string $country ): array {
		$own = '' !== $partner['hotline'] && in_array( $country, $partner['countries'], true ) ? array( $partner['hotline'] ) : array();
		return array_values( array_unique( array_filter( array_merge( $own, array( (string) Hotlines::for_country( $country ) ) ) ) ) );
	}

	/**
	 * "116 000" and "116000" are the same number.
	 */
	private static function digits( string $hotline ): string {
		return str_replace( ' ', '', $hotline );
	}
}
