<?php
/**
 * Chooses which posters a visitor sees, in which order.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Display;

use NotFound\Geo\Countries;
use NotFound\Geo\Distance;
use NotFound\Geo\VisitorCountry;
use NotFound\Settings\Settings;

/**
 * Same country first, then nearest by distance from the visitor's country. Nothing when the local copy is
 * older than the max-age (a stale poster may be one that was withdrawn): a background refresh is asked for.
 */
final class PosterSelector {

	public function __construct(
		private readonly Settings $settings,
		private readonly LocalPosters $posters,
		private readonly VisitorCountry $visitor_country,
		private readonly Sync $sync
	) {}

	/**
	 * @param int         $count   How many posters; the setting's number when 0.
	 * @param string|null $country The visitor's country; detected from the request when null.
	 * @return list<array<string, mixed>>
	 */
	public function for_visitor( int $count = 0, ?string $country = null ): array {
		$settings = $this->settings->all();
		if ( ! $this->sync->state()->is_fresh( $settings['max_age_minutes'] ) ) {
			$this->sync->request_refresh();
			return array();
		}
		$country ??= $this->visitor_country->detect() ?? $settings['default_country'];
		$count     = $count > 0 ? $count : $settings['poster_count'];
		return array_slice( self::order( $this->posters->all(), $country ), 0, $count );
	}

	/**
	 * @param list<array<string, mixed>> $posters
	 * @return list<array<string, mixed>>
	 */
	public static function order( array $posters, string $country ): array {
		$origin = Countries::reference_point( $country );
		$keyed  = array();
		foreach ( $posters as $poster ) {
			$seen     = $poster['last_seen'];
			$distance = null === $origin ? 0.0 : Distance::km( $origin[0], $origin[1], (float) $seen['lat'], (float) $seen['lon'] );
			$keyed[]  = array( $seen['country'] === $country ? 0 : 1, $distance, (string) $poster['id'], $poster );
		}
		usort( $keyed, static fn( array $a, array $b ): int => array( $a[0], $a[1], $a[2] ) <=> array( $b[0], $b[1], $b[2] ) );
		return array_column( $keyed, 3 );
	}
}
