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
 * Same country first, then nearest by distance from the visitor's country, with long-term cases mixed in. Nothing when the local copy is
 * older than the max-age (a stale poster may be one that was withdrawn): a background refresh is asked for.
 */
final class PosterSelector {

	/**
	 * Set by the settings screen's live preview: render as a visitor from this country would see it.
	 *
	 * @var string|null
	 */
	private ?string $preview_country = null;

	/**
	 * The country the last for_visitor() call detected (null: unknown, or none was detected), so the render
	 * can count the display under it without looking the visitor up a second time.
	 *
	 * @var string|null
	 */
	private ?string $detected_country = null;

	public function __construct(
		private readonly Settings $settings,
		private readonly LocalPosters $posters,
		private readonly Sync $sync
	) {}

	/**
	 * The visitor's country as the settings say to find it.
	 */
	public function visitor_country(): VisitorCountry {
		$settings = $this->settings->all();
		return new VisitorCountry( $settings['geo_cdn_header'], $settings['geo_database'], $settings['trusted_proxies'] );
	}

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
		$this->detected_country = null;
		if ( null === $country && null === $this->preview_country ) {
			$this->detected_country = $this->visitor_country()->detect();
		}
		$country ??= $this->preview_country ?? $this->detected_country ?? $settings['default_country'];
		$count     = $count > 0 ? $count : $settings['poster_count'];
		return array_slice( self::mix_long_term( self::order( $this->posters->all(), $country ) ), 0, $count );
	}

	/**
	 * Every third place goes to a long-term case (missing for more than a year), as the original campaign
	 * rotated recent and long-term cases: the nearest recent cases would otherwise always win. Each group
	 * keeps its own order; when one runs out, the other fills the rest.
	 *
	 * @param list<array<string, mixed>> $posters In display order.
	 * @return list<array<string, mixed>>
	 */
	public static function mix_long_term( array $posters ): array {
		$year_ago = gmdate( 'Y-m-d', time() - YEAR_IN_SECONDS );
		$long     = array_values( array_filter( $posters, static fn( array $p ): bool => $p['missing_since'] < $year_ago ) );
		$recent   = array_values( array_filter( $posters, static fn( array $p ): bool => $p['missing_since'] >= $year_ago ) );
		$mixed    = array();
		while ( $long || $recent ) {
			$take_long = ( 2 === count( $mixed ) % 3 && $long ) || ! $recent;
			$next      = $take_long ? array_shift( $long ) : array_shift( $recent );
			if ( null !== $next ) {
				$mixed[] = $next;
			}
		}
		return $mixed;
	}

	public function detected_country(): ?string {
		return $this->detected_country;
	}

	public function preview_as( ?string $country ): void {
		$this->preview_country = $country;
	}

	/**
	 * Whether the render is the settings screen's preview, which no visitor sees.
	 */
	public function is_previewing(): bool {
		return null !== $this->preview_country;
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
