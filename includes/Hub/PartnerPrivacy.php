<?php
/**
 * WordPress's personal data exporter and eraser for what the hub keeps about partner staff.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Hub;

/**
 * The hub keeps two things about a person on a partner's staff: which organisation their account publishes
 * for (user meta and the partner role), and an organisation's contact address when it is theirs. Posters
 * are about children, not staff, and are not part of a staff member's export.
 */
final class PartnerPrivacy {

	public const ID = 'notfound-partner';

	public function __construct( private readonly Partners $partners ) {}

	public function add_hooks(): void {
		add_filter( 'wp_privacy_personal_data_exporters', array( $this, 'register_exporter' ) );
		add_filter( 'wp_privacy_personal_data_erasers', array( $this, 'register_eraser' ) );
	}

	/**
	 * @param array<string, array<string, mixed>> $exporters
	 * @return array<string, array<string, mixed>>
	 */
	public function register_exporter( array $exporters ): array {
		$exporters[ self::ID ] = array(
			'exporter_friendly_name' => __( 'NotFound partner organisation', 'notfound' ),
			'callback'               => array( $this, 'export' ),
		);
		return $exporters;
	}

	/**
	 * @param array<string, array<string, mixed>> $erasers
	 * @return array<string, array<string, mixed>>
	 */
	public function register_eraser( array $erasers ): array {
		$erasers[ self::ID ] = array(
			'eraser_friendly_name' => __( 'NotFound partner organisation', 'notfound' ),
			'callback'             => array( $this, 'erase' ),
		);
		return $erasers;
	}

	/**
	 * @return array{data: list<array{group_id: string, group_label: string, item_id: string, data: list<array{name: string, value: string}>}>, done: bool}
	 */
	public function export( string $email, int $page = 1 ): array {
		$items   = array();
		$user    = get_user_by( 'email', $email );
		$partner = false === $user ? null : Capabilities::partner_of( $user->ID );
		$member  = null === $partner ? null : $this->partners->get( $partner );
		if ( null !== $member ) {
			$items[] = $this->item(
				'member-' . $member['id'],
				array(
					__( 'Publishes posters for', 'notfound' ) => $member['name'],
				)
			);
		}
		foreach ( $this->partners->with_contact( $email ) as $organisation ) {
			$items[] = $this->item(
				'contact-' . $organisation['id'],
				array(
					__( 'Contact address of', 'notfound' ) => $organisation['name'],
					__( 'Contact address', 'notfound' )    => $organisation['contact'],
				)
			);
		}
		return array(
			'data' => $items,
			'done' => true,
		);
	}

	/**
	 * Unlinks the account from its organisation (it keeps its other roles) and blanks contact addresses
	 * that are this person's: the organisation itself stays.
	 *
	 * @return array{items_removed: bool, items_retained: bool, messages: list<string>, done: bool}
	 */
	public function erase( string $email, int $page = 1 ): array {
		$removed = false;
		$user    = get_user_by( 'email', $email );
		if ( false !== $user && null !== Capabilities::partner_of( $user->ID ) ) {
			delete_user_meta( $user->ID, Capabilities::PARTNER_META );
			$user->remove_role( Capabilities::ROLE );
			$removed = true;
		}
		foreach ( $this->partners->with_contact( $email ) as $organisation ) {
			$organisation['contact'] = '';
			$this->partners->save( $organisation );
			$removed = true;
		}
		return array(
			'items_removed'  => $removed,
			'items_retained' => false,
			'messages'       => array(),
			'done'           => true,
		);
	}

	/**
	 * @param array<string, string> $values Label => value.
	 * @return array{group_id: string, group_label: string, item_id: string, data: list<array{name: string, value: string}>}
	 */
	private function item( string $item_id, array $values ): array {
		return array(
			'group_id'    => self::ID,
			'group_label' => __( 'NotFound partner organisation', 'notfound' ),
			'item_id'     => $item_id,
			'data'        => array_map( static fn( string $name, string $value ): array => compact( 'name', 'value' ), array_keys( $values ), array_values( $values ) ),
		);
	}
}
