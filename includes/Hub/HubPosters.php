<?php
/**
 * The hub's posters: stored already in the feed's shape, so listing is a query and a JSON join.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Hub;

use NotFound\Database\Tables;
use NotFound\Posters\FeedQuery;
use NotFound\Posters\PosterValidator;

/**
 * Saves validated posters, withdraws them (leaving tombstones), and lists the active unexpired ones.
 */
final class HubPosters {

	public const VERSION_OPTION = 'notfound_feed_version';
	public const MAX_LIMIT      = FeedQuery::MAX_LIMIT; // An answer's size is bounded: docs/hub.md.
	public const EXPIRY_HOOK    = 'notfound_expire_posters';
	/** Why a poster was withdrawn: kept for audit, never published. */
	public const REASONS = array( 'found', 'consent_withdrawn', 'expired', 'other' );

	public function __construct(
		private readonly Partners $partners,
		private readonly PosterErasure $erasure = new PosterErasure()
	) {}

	public function add_hooks(): void {
		add_action( self::EXPIRY_HOOK, array( $this, 'withdraw_expired' ) );
	}

	public function schedule(): void {
		if ( ! wp_next_scheduled( self::EXPIRY_HOOK ) ) {
			wp_schedule_event( time(), 'daily', self::EXPIRY_HOOK );
		}
	}

	/**
	 * Validates and stores a poster.
	 *
	 * @param array<string, mixed> $poster
	 * @param list<int>            $photo_ids The media library attachments behind `photos`.
	 * @return array<string, mixed>|\WP_Error The stored feed poster.
	 */
	public function save( array $poster, int $partner_id, array $photo_ids = array() ): array|\WP_Error {
		$valid = $this->prepare( $poster, $partner_id );
		return is_wp_error( $valid ) ? $valid : $this->store( $valid, $partner_id, $photo_ids );
	}

	/**
	 * Completes and validates a poster without storing it: `partner` comes from the partner, `hotline`
	 * defaults from it (or from the hub's list for the country), `expires` defaults to a year from today and
	 * may not be later. The poster must be in the organisation's countries unless $any_country, and its
	 * hotline one the hub allows there (PartnerScope). A withdrawn poster stays withdrawn.
	 *
	 * @param array<string, mixed> $poster      Feed shape.
	 * @param bool                 $any_country Whether the author may publish in any country (a hub administrator).
	 * @return array<string, mixed>|\WP_Error The valid poster, or errors per field with status 400 (409 for a withdrawn one).
	 */
	public function prepare( array $poster, int $partner_id, bool $any_country = false ): array|\WP_Error {
		$partner = $this->partners->get( $partner_id );
		if ( null === $partner ) {
			return new \WP_Error( 'notfound_unknown_partner', __( 'Unknown partner organisation.', 'notfound' ), array( 'status' => 400 ) );
		}
		$existing = is_string( $poster['id'] ?? null ) ? $this->find( $poster['id'] ) : null;
		if ( null !== $existing && 'active' !== $existing['status'] ) {
			return new \WP_Error( 'notfound_poster_withdrawn', __( 'This poster was withdrawn and cannot be published again. Create a new poster instead.', 'notfound' ), array( 'status' => 409 ) );
		}
		$country           = is_array( $poster['last_seen'] ?? null ) && is_string( $poster['last_seen']['country'] ?? null ) ? $poster['last_seen']['country'] : '';
		$poster['partner'] = array(
			'name'    => $partner['name'],
			'website' => $partner['website'],
		);
		$poster['hotline'] = $poster['hotline'] ?? PartnerScope::default_hotline( $partner, $country );
		$poster['expires'] = $poster['expires'] ?? self::latest_expiry();
		$valid             = ( new PosterValidator() )->validate( $poster );
		$errors            = is_wp_error( $valid ) ? (array) ( $valid->get_error_data()['errors'] ?? array() ) : array();
		if ( ! is_wp_error( $valid ) && $valid['expires'] > self::latest_expiry() ) {
			$errors['expires'] = __( 'At most one year from today: partners renew the posters they still need.', 'notfound' );
		}
		if ( ! isset( $errors['last_seen.country'] ) ) {
			// The validator's own message about a field comes first: a malformed hotline is reported as such.
			$errors += PartnerScope::errors( $partner, $country, $poster['hotline'], $any_country );
		}
		return $errors ? PosterValidator::invalid( $errors ) : $valid;
	}

	/**
	 * Stores a poster that prepare() returned. An existing poster is updated only while it is still active,
	 * in the same statement that checks it, so a withdrawal made meanwhile is never undone; a new id is
	 * inserted only if nobody took it meanwhile.
	 *
	 * @param array<string, mixed> $valid
	 * @param list<int>            $photo_ids
	 * @return array<string, mixed>|\WP_Error The stored poster, or why not (409; 403 for a new poster over the organisation's quota).
	 */
	public function store( array $valid, int $partner_id, array $photo_ids = array(), string $origin = 'manual' ): array|\WP_Error {
		global $wpdb;
		$table    = Tables::name( Tables::HUB_POSTERS );
		$row      = array(
			'partner_id'    => $partner_id,
			'country'       => $valid['last_seen']['country'],
			'latitude'      => $valid['last_seen']['lat'],
			'longitude'     => $valid['last_seen']['lon'],
			'missing_since' => $valid['missing_since'],
			'expires_on'    => $valid['expires'],
			'modified_gmt'  => gmdate( 'Y-m-d H:i:s' ),
			'photo_ids'     => implode( ',', array_map( 'intval', $photo_ids ) ),
			'origin'        => $origin,
			'data'          => (string) wp_json_encode( $valid ),
		);
		$existing = $this->find( (string) $valid['id'] );
		// phpcs:disable WordPress.DB.DirectDatabaseQuery -- custom table, see docs/storage.md.
		if ( null === $existing ) {
			$quota   = (int) ( $this->partners->get( $partner_id )['quota'] ?? 0 );
			$written = $wpdb->query(
				// phpcs:ignore WordPress.DB.PreparedSQLPlaceholders.ReplacementsWrongNumber -- the spread row supplies ten of the fourteen.
				$wpdb->prepare(
					// The quota is counted in the inserting statement itself, so parallel requests cannot overrun it.
					"INSERT IGNORE INTO {$table} (id, status, partner_id, country, latitude, longitude, missing_since, expires_on, modified_gmt, photo_ids, origin, data) SELECT %s, 'active', %d, %s, %f, %f, %s, %s, %s, %s, %s, %s FROM DUAL WHERE (SELECT COUNT(*) FROM {$table} WHERE partner_id = %d AND status = 'active' AND expires_on >= %s) < %d", // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name from code.
					$valid['id'],
					...array_values( $row ),
					...array( $partner_id, gmdate( 'Y-m-d' ), $quota )
				)
			);
			if ( ! $written && null === $this->find( (string) $valid['id'] ) ) {
				return self::over_quota( $quota );
			}
		} else {
			$written = $wpdb->update(
				$table,
				$row,
				array(
					'id'         => $valid['id'],
					'status'     => 'active',
					'partner_id' => $existing['partner_id'],
				)
			);
			// MySQL counts changed rows: an identical save changes none, yet succeeded if still active.
			$now     = 0 === $written ? $this->find( (string) $valid['id'] ) : null;
			$written = $written || ( null !== $now && 'active' === $now['status'] && $now['partner_id'] === $existing['partner_id'] );
		}
		// phpcs:enable
		if ( ! $written ) {
			return new \WP_Error( 'notfound_poster_conflict', __( 'This poster was withdrawn or taken by someone else meanwhile. Nothing was changed.', 'notfound' ), array( 'status' => 409 ) );
		}
		$this->bump_version();
		$this->erasure->remember_photos( (string) $valid['id'], $photo_ids );
		return $valid;
	}

	/**
	 * Why a poster that is not counted now (expired) may not run again: the organisation is at its quota.
	 */
	public function quota_refusal( int $partner_id ): ?\WP_Error {
		global $wpdb;
		$table = Tables::name( Tables::HUB_POSTERS );
		$quota = (int) ( $this->partners->get( $partner_id )['quota'] ?? 0 );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- custom table name from code.
		$active = (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$table} WHERE partner_id = %d AND status = 'active' AND expires_on >= %s", $partner_id, gmdate( 'Y-m-d' ) ) );
		return $active < $quota ? null : self::over_quota( $quota );
	}

	private static function over_quota( int $quota ): \WP_Error {
		return new \WP_Error(
			'notfound_quota_exceeded',
			sprintf(
				/* translators: %d: the organisation's quota of active posters. */
				_n(
					'Your organisation has %d active poster, its quota. Nothing was stored: withdraw a poster that is no longer needed, or ask the hub administrator for a higher quota.',
					'Your organisation has %d active posters, its quota. Nothing was stored: withdraw a poster that is no longer needed, or ask the hub administrator for a higher quota.',
					$quota,
					'notfound'
				),
				$quota
			),
			array( 'status' => 403 )
		);
	}

	public static function latest_expiry(): string {
		return gmdate( 'Y-m-d', time() + YEAR_IN_SECONDS );
	}

	/**
	 * Withdraws a poster: it leaves the feed, its single route answers 410 from now on, and its row becomes
	 * a tombstone at once (id, organisation, withdrawal time and reason: enough for the 410 and for audit)
	 * holding nothing that identifies the child. Every photo it ever had is deleted.
	 *
	 * @param string $reason One of REASONS; never published.
	 */
	public function withdraw( string $id, string $reason = 'other' ): bool {
		global $wpdb;
		$found   = $this->find( $id );
		$now     = gmdate( 'Y-m-d H:i:s' );
		$changed = null !== $found && $wpdb->update( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- custom table.
			Tables::name( Tables::HUB_POSTERS ),
			array(
				'status'        => 'withdrawn',
				'modified_gmt'  => $now,
				'country'       => '',
				'latitude'      => 0,
				'longitude'     => 0,
				'missing_since' => '0000-00-00',
				'photo_ids'     => '',
				'data'          => (string) wp_json_encode(
					array(
						'id'           => $id,
						'withdrawn_at' => mysql_to_rfc3339( $now ),
						'reason'       => in_array( $reason, self::REASONS, true ) ? $reason : 'other',
					)
				),
			),
			array(
				'id'     => $id,
				'status' => 'active',
			)
		);
		if ( $changed ) {
			$this->bump_version();
			$this->erasure->erase( $id, $found['photo_ids'] );
			/**
			 * A poster was withdrawn, and the withdrawal is stored: display sites may be told to forget it.
			 *
			 * @param string $id The poster's id.
			 */
			do_action( 'notfound_poster_withdrawn', $id );
		}
		return (bool) $changed;
	}

	/**
	 * Withdraws every active poster whose expiry date has passed (daily, by WP-Cron).
	 *
	 * @return int How many.
	 */
	public function withdraw_expired(): int {
		global $wpdb;
		$table = Tables::name( Tables::HUB_POSTERS );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name from code.
		$ids = $wpdb->get_col( $wpdb->prepare( "SELECT id FROM {$table} WHERE status = 'active' AND expires_on < %s", gmdate( 'Y-m-d' ) ) );
		return count( array_filter( array_map( fn( $id ): bool => $this->withdraw( (string) $id, 'expired' ), $ids ) ) );
	}

	/**
	 * Ids of the active posters whose last day was $day: from the day after, they are expired.
	 *
	 * @return list<string>
	 */
	public function expired_on( string $day ): array {
		global $wpdb;
		$table = Tables::name( Tables::HUB_POSTERS );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- custom table name from code.
		return array_values( array_map( 'strval', $wpdb->get_col( $wpdb->prepare( "SELECT id FROM {$table} WHERE status = 'active' AND expires_on = %s", $day ) ) ) );
	}

	/**
	 * Ids of a partner's active posters that came from its own feed.
	 *
	 * @return list<string>
	 */
	public function imported_ids( int $partner_id ): array {
		global $wpdb;
		$table = Tables::name( Tables::HUB_POSTERS );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- custom table name from code.
		return array_values( array_map( 'strval', $wpdb->get_col( $wpdb->prepare( "SELECT id FROM {$table} WHERE partner_id = %d AND origin = 'import' AND status = 'active'", $partner_id ) ) ) );
	}

	/**
	 * Active, unexpired posters in the feed's shape. Organisations take turns: the answer holds each
	 * organisation's first poster before any organisation's second, and so on (each organisation's posters
	 * nearest or newest first), so no organisation can crowd the others out of a display's limit. The
	 * chosen posters are then answered in the usual order, nearest or newest first.
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
		// Two window functions over the matching rows' keys in one sort each; only the chosen rows' data is read.
		$rank = "SELECT id, ROW_NUMBER() OVER (PARTITION BY partner_id ORDER BY {$order}) AS feed_turn, ROW_NUMBER() OVER (ORDER BY {$order}) AS feed_place FROM {$table} WHERE {$where}";
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- parts prepared above.
		$rows = $wpdb->get_col( "SELECT p.data FROM {$table} p INNER JOIN (SELECT id, feed_place FROM ({$rank}) ranked ORDER BY feed_turn, feed_place LIMIT {$limit}) chosen ON chosen.id = p.id ORDER BY chosen.feed_place" );
		return array_values( array_filter( array_map( static fn( $json ) => json_decode( (string) $json, true ), $rows ), 'is_array' ) );
	}

	/**
	 * Posters for the management screen, withdrawn ones included, newest change first.
	 *
	 * @param int|null $partner_id Only this organisation's; all when null.
	 * @param string   $status     active, withdrawn or any.
	 * @return array{items: list<array{status: string, expires_on: string, partner_id: int, photo_ids: list<int>, modified_gmt: string, poster: array<string, mixed>}>, total: int}
	 */
	public function manage_list( ?int $partner_id, string $status, string $country, string $search, int $page, int $per_page ): array {
		global $wpdb;
		$table      = Tables::name( Tables::HUB_POSTERS );
		$conditions = array( '1 = 1' );
		if ( null !== $partner_id ) {
			$conditions[] = $wpdb->prepare( 'partner_id = %d', $partner_id );
		}
		if ( 'any' !== $status ) {
			$conditions[] = $wpdb->prepare( 'status = %s', $status );
		}
		if ( '' !== $country ) {
			$conditions[] = $wpdb->prepare( 'country = %s', $country );
		}
		if ( '' !== $search ) {
			$like         = '%' . $wpdb->esc_like( $search ) . '%';
			$conditions[] = $wpdb->prepare( "(id LIKE %s OR JSON_VALUE(data, '$.first_name') LIKE %s OR JSON_VALUE(data, '$.last_name') LIKE %s OR JSON_VALUE(data, '$.last_seen.place') LIKE %s)", $like, $like, $like, $like );
		}
		$where  = implode( ' AND ', $conditions );
		$offset = max( 0, ( $page - 1 ) * $per_page );
		// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- parts prepared above.
		$total = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$table} WHERE {$where}" );
		$rows  = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM {$table} WHERE {$where} ORDER BY modified_gmt DESC, id LIMIT %d OFFSET %d", $per_page, $offset ), ARRAY_A );
		// phpcs:enable
		return array(
			'items' => array_values( array_map( array( self::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) ),
			'total' => $total,
		);
	}

	/**
	 * @return array{status: string, expires_on: string, partner_id: int, photo_ids: list<int>, modified_gmt: string, poster: array<string, mixed>}|null
	 */
	public function find( string $id ): ?array {
		global $wpdb;
		$table = Tables::name( Tables::HUB_POSTERS );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- custom table name from code.
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE id = %s", $id ), ARRAY_A );
		return is_array( $row ) ? self::from_row( $row ) : null;
	}

	/**
	 * Which of these ids are posters of this hub, whatever their status.
	 *
	 * @param list<string> $ids
	 * @return list<string>
	 */
	public function existing_ids( array $ids ): array {
		global $wpdb;
		$ids = array_values( array_unique( $ids ) );
		if ( ! $ids ) {
			return array();
		}
		$table = Tables::name( Tables::HUB_POSTERS );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQLPlaceholders.UnfinishedPrepare -- one placeholder per id.
		return array_values( array_map( 'strval', $wpdb->get_col( $wpdb->prepare( "SELECT id FROM {$table} WHERE id IN (" . implode( ', ', array_fill( 0, count( $ids ), '%s' ) ) . ')', $ids ) ) ) );
	}

	/**
	 * @param array<string, mixed> $row
	 * @return array{status: string, expires_on: string, partner_id: int, photo_ids: list<int>, modified_gmt: string, poster: array<string, mixed>}
	 */
	public static function from_row( array $row ): array {
		$poster = json_decode( (string) $row['data'], true );
		return array(
			'status'       => (string) $row['status'],
			'expires_on'   => (string) $row['expires_on'],
			'partner_id'   => (int) $row['partner_id'],
			'photo_ids'    => array_values( array_map( 'intval', array_filter( explode( ',', (string) $row['photo_ids'] ) ) ) ),
			'modified_gmt' => (string) $row['modified_gmt'],
			'poster'       => is_array( $poster ) ? $poster : array(),
		);
	}

	/**
	 * Changes whenever a poster does, so an ETag can be computed without reading the posters.
	 */
	/**
	 * Read from the database itself: a persistent object cache must never hold an old version (and so an
	 * ETag that would hide a withdrawal). One primary-key lookup.
	 */
	public function version(): int {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- deliberately uncached, see above.
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT option_value FROM {$wpdb->options} WHERE option_name = %s", self::VERSION_OPTION ) );
	}

	/**
	 * Increments atomically in SQL: two concurrent changes must never end on the same version (and ETag).
	 */
	private function bump_version(): void {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- an atomic increment has no options API.
		$wpdb->query(
			$wpdb->prepare(
				"INSERT INTO {$wpdb->options} (option_name, option_value, autoload) VALUES (%s, '1', 'off') ON DUPLICATE KEY UPDATE option_value = option_value + 1",
				self::VERSION_OPTION
			)
		);
	}
}
