<?php
/**
 * Partner organisations on the hub.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Hub;

use NotFound\Database\Tables;

/**
 * Stores partners by their stable slug.
 *
 * @phpstan-type Partner array{id: int, slug: string, name: string, countries: list<string>, hotline: string, website: string, contact: string, import_url: string, quota: int}
 */
final class Partners {

	/** Active posters an organisation may have unless the hub admin sets otherwise (the column's default too). */
	public const DEFAULT_QUOTA = 100;
	public const MAX_QUOTA     = 10000;

	/**
	 * Creates the partner or updates the one with the same slug.
	 *
	 * @param array{slug: string, name: string, countries: list<string>, hotline: string, website: string, contact: string, import_url?: string, quota?: int} $partner Without a quota, a new partner gets the default and an existing one keeps its own.
	 * @return int The partner's id.
	 */
	public function save( array $partner ): int {
		global $wpdb;
		$row = array(
			'slug'      => sanitize_key( $partner['slug'] ),
			'name'      => sanitize_text_field( $partner['name'] ),
			'countries' => implode( ',', $partner['countries'] ),
			'hotline'   => sanitize_text_field( $partner['hotline'] ),
			'website'   => esc_url_raw( $partner['website'], array( 'https', 'http' ) ),
			'contact'   => sanitize_email( $partner['contact'] ),
		);
		if ( isset( $partner['import_url'] ) ) {
			// An address the import would refuse is not kept (PartnersController answers 400 for it).
			$row['import_url'] = ImportUrl::is_allowed( $partner['import_url'] ) ? esc_url_raw( $partner['import_url'], array( 'https', 'http' ) ) : '';
		}
		if ( isset( $partner['quota'] ) ) {
			$row['quota'] = max( 0, min( self::MAX_QUOTA, $partner['quota'] ) );
		}
		$existing = $this->by_slug( $row['slug'] );
		if ( $existing ) {
			$wpdb->update( Tables::name( Tables::PARTNERS ), $row, array( 'id' => $existing['id'] ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- custom table, see docs/storage.md.
			return $existing['id'];
		}
		$wpdb->insert( Tables::name( Tables::PARTNERS ), $row ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- custom table.
		return (int) $wpdb->insert_id;
	}

	/**
	 * @return Partner|null
	 */
	public function get( int $id ): ?array {
		global $wpdb;
		$table = Tables::name( Tables::PARTNERS );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- custom table name from code.
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE id = %d", $id ), ARRAY_A );
		return is_array( $row ) ? self::from_row( $row ) : null;
	}

	/**
	 * @return Partner|null
	 */
	public function by_slug( string $slug ): ?array {
		global $wpdb;
		$table = Tables::name( Tables::PARTNERS );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- custom table name from code.
		$row = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE slug = %s", $slug ), ARRAY_A );
		return is_array( $row ) ? self::from_row( $row ) : null;
	}

	/**
	 * @return list<Partner>
	 */
	public function all(): array {
		return $this->where( '1 = 1' );
	}

	/**
	 * Partners whose posters the hub imports from their own feed.
	 *
	 * @return list<Partner>
	 */
	public function importing(): array {
		return $this->where( "import_url <> ''" );
	}

	/**
	 * Organisations whose contact address is this one (a person's, possibly).
	 *
	 * @return list<Partner>
	 */
	public function with_contact( string $email ): array {
		global $wpdb;
		return '' === $email ? array() : $this->where( $wpdb->prepare( 'contact = %s', $email ) );
	}

	/**
	 * @param string $condition An SQL condition, constant or prepared.
	 * @return list<Partner>
	 */
	private function where( string $condition ): array {
		global $wpdb;
		$table = Tables::name( Tables::PARTNERS );
		$rows  = $wpdb->get_results( "SELECT * FROM {$table} WHERE {$condition} ORDER BY name, id", ARRAY_A ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name and condition from code.
		return array_values( array_map( array( self::class, 'from_row' ), is_array( $rows ) ? $rows : array() ) );
	}

	/**
	 * @param array<string, mixed> $row
	 * @return Partner
	 */
	private static function from_row( array $row ): array {
		return array(
			'id'         => (int) $row['id'],
			'slug'       => (string) $row['slug'],
			'name'       => (string) $row['name'],
			'countries'  => array_values( array_filter( explode( ',', (string) $row['countries'] ) ) ),
			'hotline'    => (string) $row['hotline'],
			'website'    => (string) $row['website'],
			'contact'    => (string) $row['contact'],
			'import_url' => (string) $row['import_url'],
			'quota'      => (int) $row['quota'],
		);
	}
}
