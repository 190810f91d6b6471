<?php
/**
 * The feed's query, normalised: what keys the hub's cache of answers, what the signed envelope echoes, and
 * what display sites ask, so all three agree.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Posters;

/**
 * Countries sorted and deduplicated, `near` snapped to a coarse grid, `limit` rounded up to one of a few
 * sizes, `lang` cut to its language: anything anyone asks maps onto a small set of answers.
 */
final class FeedQuery {

	/** The sizes an answer comes in: a limit in between is rounded up to the next one. */
	public const LIMITS    = array( 10, 25, 50, 100 );
	public const MAX_LIMIT = 100;
	/** Degrees: `near` orders by distance to the nearest point of this grid (about 55 km apart). */
	public const GRID = 0.5;

	/**
	 * @param list<string>                   $countries Upper case, sorted, unique.
	 * @param array{0: float, 1: float}|null $near      A grid point.
	 * @param int                            $limit     One of LIMITS.
	 * @param string                         $lang      A language subtag, or '' for every language.
	 */
	private function __construct(
		public readonly array $countries,
		public readonly ?array $near,
		public readonly int $limit,
		public readonly string $lang
	) {}

	/**
	 * @param array<string, mixed> $params Raw query parameters: country, near, limit, lang.
	 */
	public static function normalise( array $params ): self {
		$countries = is_string( $params['country'] ?? null ) ? explode( ',', strtoupper( $params['country'] ) ) : array();
		$countries = array_values( array_unique( array_filter( array_map( 'trim', $countries ), static fn( string $code ): bool => 1 === preg_match( '/^[A-Z]{2}$/', $code ) ) ) );
		sort( $countries );
		$limit = is_numeric( $params['limit'] ?? null ) ? (int) $params['limit'] : self::MAX_LIMIT;
		$size  = self::MAX_LIMIT;
		foreach ( array_reverse( self::LIMITS ) as $candidate ) {
			$size = $limit <= $candidate ? $candidate : $size;
		}
		$lang = is_string( $params['lang'] ?? null ) && 1 === preg_match( '/^([a-z]{2,3})(?:_[A-Z]{2})?$/', $params['lang'], $match ) ? $match[1] : '';
		return new self( $countries, self::grid_point( $params['near'] ?? null ), $size, $lang );
	}

	/**
	 * What the signed envelope echoes as `query`.
	 *
	 * @return array{country: string, near: string|null, limit: int, lang: string}
	 */
	public function to_array(): array {
		return array(
			'country' => implode( ',', $this->countries ),
			'near'    => null === $this->near ? null : sprintf( '%.1f,%.1f', $this->near[0], $this->near[1] ),
			'limit'   => $this->limit,
			'lang'    => $this->lang,
		);
	}

	/**
	 * The query string that asks exactly this (and that normalises to itself).
	 */
	public function query_string(): string {
		$parts = array_filter( $this->to_array(), static fn( $value ): bool => null !== $value && '' !== $value );
		return implode( '&', array_map( static fn( string $name, $value ): string => $name . '=' . $value, array_keys( $parts ), $parts ) );
	}

	public function key(): string {
		return md5( (string) wp_json_encode( $this->to_array() ) );
	}

	/**
	 * @return array{0: float, 1: float}|null
	 */
	private static function grid_point( mixed $near ): ?array {
		if ( ! is_string( $near ) || 1 !== preg_match( '/^(-?\d{1,3}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)$/', $near, $match ) || abs( (float) $match[1] ) > 90 || abs( (float) $match[2] ) > 180 ) {
			return null;
		}
		// Adding 0.0 turns a negative zero into zero, so "-0.1" and "0.1" share a point.
		return array( round( (float) $match[1] / self::GRID ) * self::GRID + 0.0, round( (float) $match[2] / self::GRID ) * self::GRID + 0.0 );
	}
}
