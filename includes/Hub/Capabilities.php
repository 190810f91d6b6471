<?php
/**
 * Who may do what on the hub, decided in PHP by capability mapping (the UI only mirrors it).
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Hub;

/**
 * Partner users (role `notfound_partner`, linked to one organisation by user meta) manage only their own
 * organisation's posters; administrators (manage_options) manage everything.
 *
 * Meta capabilities, checked with current_user_can():
 * - `notfound_manage_posters`: open the posters screen and list (own posters, or all for admins).
 * - `notfound_create_poster`, partner id: publish a poster for that organisation.
 * - `notfound_edit_poster`, poster id: edit or withdraw that poster.
 */
final class Capabilities {

	public const ROLE              = 'notfound_partner';
	public const OWN_POSTERS       = 'notfound_manage_own_posters';
	public const MANAGE            = 'notfound_manage_posters';
	public const CREATE            = 'notfound_create_poster';
	public const EDIT              = 'notfound_edit_poster';
	public const PARTNER_META      = 'notfound_partner_id';
	private const ADMIN_CAPABILITY = 'manage_options';

	public function __construct( private readonly HubPosters $posters ) {}

	public function add_hooks(): void {
		add_filter( 'map_meta_cap', array( $this, 'map' ), 10, 4 );
	}

	/**
	 * Adds the partner role. Run on activation: roles are stored in the database.
	 */
	public static function add_role(): void {
		add_role(
			self::ROLE,
			__( 'NotFound partner', 'notfound' ),
			array(
				'read'            => true,
				'upload_files'    => true,
				self::OWN_POSTERS => true,
			)
		);
	}

	/**
	 * The organisation a user publishes for, or null.
	 */
	public static function partner_of( int $user_id ): ?int {
		$partner = (int) get_user_meta( $user_id, self::PARTNER_META, true );
		return $partner > 0 ? $partner : null;
	}

	/**
	 * @param list<string> $caps    Primitive capabilities required so far.
	 * @param string       $cap     The capability checked.
	 * @param int          $user_id The user.
	 * @param list<mixed>  $args    The capability's arguments.
	 * @return list<string>
	 */
	public function map( array $caps, string $cap, int $user_id, array $args ): array {
		if ( ! in_array( $cap, array( self::MANAGE, self::CREATE, self::EDIT ), true ) ) {
			return $caps;
		}
		if ( user_can( $user_id, self::ADMIN_CAPABILITY ) ) {
			return array( self::ADMIN_CAPABILITY );
		}
		$partner = self::partner_of( $user_id );
		if ( null === $partner ) {
			return array( 'do_not_allow' );
		}
		$allowed = match ( $cap ) {
			self::MANAGE => true,
			self::CREATE => (int) ( $args[0] ?? 0 ) === $partner,
			self::EDIT   => $this->poster_partner( $args[0] ?? null ) === $partner,
		};
		return $allowed ? array( self::OWN_POSTERS ) : array( 'do_not_allow' );
	}

	private function poster_partner( mixed $poster_id ): ?int {
		$found = is_string( $poster_id ) ? $this->posters->find( $poster_id ) : null;
		return null === $found ? null : $found['partner_id'];
	}
}
