<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Hub;

use NotFound\Hub\Capabilities;
use NotFound\Plugin;
use NotFound\Tests\TestCase;

/**
 * Tools → Export / Erase Personal Data cover what the hub keeps about partner staff: which organisation
 * they publish for, and an organisation contact address that is theirs.
 */
final class PartnerPrivacyTest extends TestCase {

	private int $partner;
	private int $user;
	private string $email;

	protected function setUp(): void {
		parent::setUp();
		Capabilities::add_role();
		$this->partner = self::create_partner( 'privacy', 'Privacy test partner' );
		$this->user    = $this->create_user( Capabilities::ROLE, $this->partner );
		$this->email   = (string) get_userdata( $this->user )->user_email;
		$organisation  = Plugin::instance()->partners->get( $this->partner );
		$this->assertIsArray( $organisation );
		$organisation['contact'] = $this->email;
		Plugin::instance()->partners->save( $organisation );
	}

	public function test_the_exporter_reports_the_organisation_and_the_contact_address(): void {
		$export = $this->call( 'wp_privacy_personal_data_exporters', $this->email );

		$this->assertTrue( $export['done'] );
		$values = array();
		foreach ( $export['data'] as $item ) {
			$this->assertSame( 'notfound-partner', $item['group_id'] );
			$values = array_merge( $values, array_column( $item['data'], 'value' ) );
		}
		$this->assertContains( 'Privacy test partner', $values );
		$this->assertContains( $this->email, $values );
		$this->assertSame( array(), $this->call( 'wp_privacy_personal_data_exporters', 'nobody@example.org' )['data'] );
	}

	public function test_the_eraser_unlinks_the_account_and_blanks_the_contact_address(): void {
		$erased = $this->call( 'wp_privacy_personal_data_erasers', $this->email );

		$this->assertTrue( $erased['done'] );
		$this->assertTrue( $erased['items_removed'] );
		$this->assertNull( Capabilities::partner_of( $this->user ) );
		clean_user_cache( $this->user );
		$this->assertNotContains( Capabilities::ROLE, get_userdata( $this->user )->roles );
		$this->assertSame( '', Plugin::instance()->partners->get( $this->partner )['contact'] ?? null );
	}

	/**
	 * Calls the plugin's exporter or eraser the way core's privacy tools do.
	 *
	 * @return array<string, mixed>
	 */
	private function call( string $filter, string $email ): array {
		$registered = apply_filters( $filter, array() );
		$this->assertArrayHasKey( 'notfound-partner', $registered );
		$this->assertNotEmpty( $registered['notfound-partner'][ str_contains( $filter, 'exporters' ) ? 'exporter_friendly_name' : 'eraser_friendly_name' ] );
		return call_user_func( $registered['notfound-partner']['callback'], $email, 1 );
	}
}
