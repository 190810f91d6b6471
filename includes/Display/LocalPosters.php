<?php
/**
 * The display site's local copy of the hub's feed, in its own table so it survives an empty object cache.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Display;

use NotFound\Database\Tables;

/**
 * Replaced whole on every successful sync; read on every 404 render (one indexed query).
 */
final class LocalPosters {

	/**
	 * Makes $posters the whole local copy. Gone posters are deleted first and the rest upserted, so a
	 * concurrent render sees neither a withdrawn poster nor an empty copy.
	 *
	 * @param list<array<string, mixed>> $posters Validated feed posters.
	 * @return list<string> Ids that were stored before and are gone now.
	 */
	public function replace_all( array $posters ): array {
		global $wpdb;
		$table = Tables::name( Tables::LOCAL_POSTERS );
		$gone  = array_values( array_diff( $this->ids(), array_column( $posters, 'id' ) ) );
		if ( $gone ) {
			$placeholders = implode( ',', array_fill( 0, count( $gone ), '%s' ) );
			// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQLPlaceholders.UnfinishedPrepare -- table name from code, placeholders built above.
			$wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE id IN ({$placeholders})", $gone ) );
		}
		foreach ( $posters as $poster ) {
			$wpdb->replace( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- custom table.
				$table,
				array(
					'id'            => $poster['id'],
					'country'       => $poster['last_seen']['country'],
					'latitude'      => $poster['last_seen']['lat'],
					'longitude'     => $poster['last_seen']['lon'],
					'missing_since' => $poster['missing_since'],
					'expires_on'    => $poster['expires'],
					'data'          => (string) wp_json_encode( $poster ),
				)
			);
		}
		return $gone;
	}

	/**
	 * Forgets one poster at once (a revocation from the hub).
	 */
	public function remove( string $id ): void {
		global $wpdb;
		$wpdb->delete( Tables::name( Tables::LOCAL_POSTERS ), array( 'id' => $id ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- custom table.
	}

	/**
	 * Unexpired posters of the local copy.
	 *
	 * @return list<array<string, mixed>>
	 */
	public function all(): array {
		global $wpdb;
		$table = Tables::name( Tables::LOCAL_POSTERS );
		// Fail open: on the 404 page a database error means no posters (the hotline shows), never an error page.
		$suppressed = $wpdb->suppress_errors( true );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name from code.
		$rows = $wpdb->get_col( $wpdb->prepare( "SELECT data FROM {$table} WHERE expires_on >= %s", gmdate( 'Y-m-d' ) ) );
		$wpdb->suppress_errors( $suppressed );
		return array_values( array_filter( array_map( static fn( $json ) => json_decode( (string) $json, true ), $rows ), 'is_array' ) );
	}

	/**
	 * @return list<string>
	 */
	public function ids(): array {
		global $wpdb;
		$table = Tables::name( Tables::LOCAL_POSTERS );
		return array_values( array_map( 'strval', $wpdb->get_col( "SELECT id FROM {$table}" ) ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name from code.
	}
}
