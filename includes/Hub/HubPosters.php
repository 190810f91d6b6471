<?php
/**
 * The hub's posters: stored already in the feed's shape, so listing is a query and a JSON join.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Hub;

use NotFound\Database\Tables;
use NotFound\Posters\PosterValidator;

/**
 * Saves validated posters, withdraws them, and lists the active unexpired ones.
 */
final class HubPosters {

	public const VERSION_OPTION = 'notfound_feed_version';
	public const MAX_LIMIT      = 500;

	public function __construct( private readonly Partners $partners ) {}

	/**
	 * Validates and stores a poster (feed shape, without `partner` and `hotline`, which default from the partner).
	 *
	 * @param array<string, mixed> $poster
	 * @return array<string, mixed>|\WP_Error The stored feed poster.
	 */
	public function save( array $poster, int $partner_id ): array|\WP_Error {
		global $wpdb;
		$partner = $this->partners->get( $partner_id );
		if ( null === $partner ) {
			return new \WP_Error( 'notfound_unknown_partner', __( 'Unknown partner organisation.', 'notfound' ), array( 'status' => 400 ) );
		}
		$country           = is_array( $poster['last_seen'] ?? null ) && is_string( $poster['last_seen']['country'] ?? null ) ? $poster['last_seen']['country'] : '';
		$poster['partner'] = array(
			'name'    => $partner['name'],
			'website' => $partner['website'],
		);
		$poster['hotline'] = $poster['hotline'] ?? ( $partner['hotline'] ? $partner['hotline'] : Hotlines::for_country( $country ) );
		$valid             = ( new PosterValidator() )->validate( $poster );
		if ( is_wp_error( $valid ) ) {
			$valid->add_data( array_merge( (array) $valid->get_error_data(), array( 'status' => 400 ) ) );
			return $valid;
		}
		$row = array(
			'id'            => $valid['id'],
			'partner_id'    => $partner_id,
			'status'        => 'active',
			'country'       => $valid['last_seen']['country'],
			'latitude'      => $valid['last_seen']['lat'],
			'longitude'     => $valid['last_seen']['lon'],
			'missing_since' => $valid['missing_since'],
			'expires_on'    => $valid['expires'],
			'modified_gmt'  => gmdate( 'Y-m-d H:i:s' ),
			'data'          => (string) wp_json_encode( $valid ),
		);
		$wpdb->replace( Tables::name( Tables::HUB_POSTERS ), $row ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- custom table, see docs/storage.md.
		$this->bump_version();
		return $valid;
	}

	/**
	 * Withdraws a poster: it leaves the feed and its single route answers 410 from now on.
	 */
	public function withdraw( string $id ): bool {
		global $wpdb;
		$changed = $wpdb->update( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- custom table.
			Tables::name( Tables::HUB_POSTERS ),
			array(
				'status'       => 'withdrawn',
				'modified_gmt' => gmdate( 'Y-m-d H:i:s' ),
			),
			array(
				'id'     => $id,
				'status' => 'active',
			)
		);
		if ( $changed ) {
			$this->bump_version();
		}
		return (bool) $changed;
	}

	/**
	 * Active, unexpired posters in the feed's shape.
	 *
	 * @param list<string>                   $countries Only these countries, when not empty.
	 * @param array{0: float, 1: float}|null $near      Nearest first to this latitude, longitude.
	 * @return list<array<string, mixed>>
	 */
	public function active( array $countries = array(), ?array $near = null, int $limit = 100 ): array {
		global $wpdb;
		$table = Tables::name( Tables::HUB_POSTERS );
		$where = $wpdb->prepare( "status = 'active' AND expires_on >= %s", gmdate( 'Y-m-d' ) );
		if ( $countries ) {
			$where .= ' AND country IN (' . implode( ',', array_fill( 0, count( $countries ), '%s' ) ) . ')';
			$where  = $wpdb->prepare( $where, $countries ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared -- placeholders built above.
		}
		// Nearest first: an equirectangular approximation orders the same as great-circle at these distances.
		$order = null === $near ? 'missing_since DESC, id' : $wpdb->prepare(
			'POW(latitude - %f, 2) + POW((longitude - %f) * COS(RADIANS(%f)), 2), id',
			$near[0],
			$near[1],
			$near[0]
		);
		$limit = max( 1, min( self::MAX_LIMIT, $limit ) );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- parts prepared above.
		$rows = $wpdb->get_col( "SELECT data FROM {$table} WHERE {$where} ORDER BY {$order} LIMIT {$limit}" );
		return array_values( array_filter( array_map( static fn( $json ) => json_decode( (string) $json, true ), $rows ), 'is_array' ) );
	}

	/**
	 * @return array{status: string, expires_on: string, poster: array<string, mixed>}|null
	 */
	public function find( string $id ): ?array {
		global $wpdb;
		$table = Tables::name( Tables::HUB_POSTERS );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- custom table name from code.
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT status, expires_on, data FROM {$table} WHERE id = %s", $id ), ARRAY_A );
		if ( ! is_array( $row ) ) {
			return null;
		}
		$poster = json_decode( (string) $row['data'], true );
		return array(
			'status'     => (string) $row['status'],
			'expires_on' => (string) $row['expires_on'],
			'poster'     => is_array( $poster ) ? $poster : array(),
		);
	}

	/**
	 * Changes whenever a poster does, so an ETag can be computed without reading the posters.
	 */
	public function version(): int {
		return (int) get_option( self::VERSION_OPTION, 0 );
	}

	/**
	 * Increments atomically in SQL: two concurrent changes must never end on the same version (and ETag).
	 */
	private function bump_version(): void {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- an atomic increment has no options API.
		$wpdb->query(
			$wpdb->prepare(
				"INSERT INTO {$wpdb->options} (option_name, option_value, autoload) VALUES (%s, '1', 'on') ON DUPLICATE KEY UPDATE option_value = option_value + 1",
				self::VERSION_OPTION
			)
		);
		wp_cache_delete( self::VERSION_OPTION, 'options' );
		wp_cache_delete( 'alloptions', 'options' );
	}
}
