<?php
/**
 * What a poster shows, prepared for the template: names joined, ages computed, dates and places localised.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Display;

/**
 * Plain values only; render.php escapes them as it prints.
 */
final class PosterView {

	/**
	 * @param array{url: string, width: int, height: int, alt: string}|null $photo
	 */
	private function __construct(
		public readonly string $id,
		public readonly string $first_name,
		public readonly string $name,
		public readonly int $age_then,
		public readonly int $age_now,
		public readonly string $missing_since,
		public readonly string $missing_since_label,
		public readonly string $place,
		public readonly string $description,
		public readonly ?array $photo,
		public readonly string $partner,
		public readonly string $hotline,
		public readonly string $hotline_href,
		public readonly string $case_url
	) {}

	/**
	 * @param array<string, mixed> $poster A validated feed poster.
	 * @param string               $locale The visitor's or site's locale, such as fr_BE.
	 */
	public static function from( array $poster, string $locale ): PosterView {
		$age_then = (int) $poster['age_at_disappearance'];
		$since    = (string) $poster['missing_since'];
		$hotline  = (string) $poster['hotline'];
		return new PosterView(
			(string) $poster['id'],
			(string) $poster['first_name'],
			trim( $poster['first_name'] . ' ' . ( $poster['last_name'] ?? '' ) ),
			$age_then,
			self::age_now( $poster['date_of_birth'] ?? null, $age_then, $since ),
			$since,
			(string) wp_date( (string) get_option( 'date_format' ), (int) strtotime( $since . ' 12:00:00 UTC' ) ),
			self::place( $poster['last_seen'], $locale ),
			self::translation( $poster['description'], $locale ),
			$poster['photos'][0] ?? null,
			(string) $poster['partner']['name'],
			$hotline,
			'tel:' . preg_replace( '/[^0-9+]/', '', $hotline ),
			(string) $poster['case_url']
		);
	}

	private static function age_now( ?string $birth, int $age_then, string $since ): int {
		$today = new \DateTimeImmutable( 'today', new \DateTimeZone( 'UTC' ) );
		if ( null !== $birth ) {
			return ( new \DateTimeImmutable( $birth, new \DateTimeZone( 'UTC' ) ) )->diff( $today )->y;
		}
		return $age_then + ( new \DateTimeImmutable( $since, new \DateTimeZone( 'UTC' ) ) )->diff( $today )->y;
	}

	/**
	 * @param array{place: string, country: string} $seen
	 */
	private static function place( array $seen, string $locale ): string {
		$country = class_exists( \Locale::class ) ? \Locale::getDisplayRegion( 'und-' . $seen['country'], $locale ) : $seen['country'];
		return $seen['place'] . ', ' . ( $country ? $country : $seen['country'] );
	}

	/**
	 * The visitor's language, then the site's, then English, then whatever the poster has.
	 *
	 * @param array<string, string> $texts Language code => text.
	 */
	private static function translation( array $texts, string $locale ): string {
		$site = (string) get_locale();
		foreach ( array( $locale, substr( $locale, 0, 2 ), $site, substr( $site, 0, 2 ), 'en' ) as $lang ) {
			if ( isset( $texts[ $lang ] ) && '' !== $texts[ $lang ] ) {
				return $texts[ $lang ];
			}
		}
		$first = reset( $texts );
		return false === $first ? '' : $first;
	}
}
