<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Hub;

use NotFound\Activation;
use NotFound\Database\Tables;
use NotFound\Hub\ExpiryReminders;
use NotFound\Plugin;
use NotFound\Tests\TestCase;

/**
 * Organisations' contacts are emailed 14 and 2 days before a poster expires, once each per expiry date.
 * Mail is captured with pre_wp_mail: nothing leaves the machine.
 */
final class ExpiryRemindersTest extends TestCase {

	private int $partner_a;
	private int $partner_b;

	/** @var list<array{to: string|list<string>, subject: string, message: string}> */
	private array $mails = array();

	/** @var bool|null What the captured wp_mail() answers. */
	private ?bool $mail_result = true;

	protected function setUp(): void {
		parent::setUp();
		Plugin::instance()->settings->update( array( 'hub_mode' => true ) );
		$this->partner_a = self::create_partner( 'remind-a' );
		$this->partner_b = self::create_partner( 'remind-b' );
		add_filter( 'pre_wp_mail', array( $this, 'capture' ), 10, 2 );
	}

	protected function tearDown(): void {
		remove_filter( 'pre_wp_mail', array( $this, 'capture' ) );
		parent::tearDown();
	}

	/**
	 * @param null|bool            $short_circuit
	 * @param array<string, mixed> $atts
	 */
	public function capture( $short_circuit, array $atts ): bool {
		$this->mails[] = array(
			'to'      => $atts['to'],
			'subject' => (string) $atts['subject'],
			'message' => (string) $atts['message'],
		);
		return (bool) $this->mail_result;
	}

	public function test_the_contact_is_reminded_14_days_before_once_and_2_days_before_once(): void {
		$this->store( 'test-be-014', $this->partner_a, 14 );
		$this->store( 'test-be-002', $this->partner_a, 2 );

		$first  = $this->run_reminders();
		$second = $this->run_reminders();

		$this->assertSame( 1, $first );
		$this->assertSame( 0, $second, 'Sent once: a second run the same day sends nothing.' );
		$this->assertCount( 1, $this->mails );
		$this->assertSame( 'cases@remind-a.example.org', $this->mails[0]['to'] );
		$this->assertStringContainsString( '2 posters expire soon', $this->mails[0]['subject'] );
		$this->assertStringContainsString( 'test-be-014', $this->mails[0]['message'] );
		$this->assertStringContainsString( '(in 14 days)', $this->mails[0]['message'] );
		$this->assertStringContainsString( '(in 2 days)', $this->mails[0]['message'] );
		$this->assertStringContainsString( 'page=notfound-hub-posters&poster=test-be-002&action=renew', $this->mails[0]['message'] );
	}

	public function test_the_last_reminder_follows_the_first_for_the_same_expiry_and_never_precedes_it_again(): void {
		$this->store( 'test-be-first', $this->partner_a, 2 );
		$this->store( 'test-be-last', $this->partner_a, 10 );
		$this->set_reminded( 'test-be-first', 2, ExpiryReminders::FIRST ); // The 14-day reminder went out days ago.
		$this->set_reminded( 'test-be-last', 10, ExpiryReminders::LAST ); // Only the last one is left, and it went.

		$this->assertSame( 1, $this->run_reminders() );
		$this->assertSame( 0, $this->run_reminders() );

		$this->assertCount( 1, $this->mails );
		$this->assertStringContainsString( 'test-be-first', $this->mails[0]['message'] );
		$this->assertStringNotContainsString( 'test-be-last', $this->mails[0]['message'] );
	}

	public function test_each_organisation_hears_only_of_its_own_posters_and_never_the_childs_name(): void {
		$this->store( 'test-be-a', $this->partner_a, 5 );
		$this->store( 'test-be-b', $this->partner_b, 5 );

		$this->assertSame( 2, $this->run_reminders() );

		$by_recipient = array_column( $this->mails, 'message', 'to' );
		$this->assertStringContainsString( 'test-be-a', $by_recipient['cases@remind-a.example.org'] );
		$this->assertStringNotContainsString( 'test-be-b', $by_recipient['cases@remind-a.example.org'] );
		$this->assertStringContainsString( 'test-be-b', $by_recipient['cases@remind-b.example.org'] );
		foreach ( $this->mails as $mail ) {
			$this->assertStringNotContainsString( 'Testa', $mail['subject'] . $mail['message'] );
		}
	}

	public function test_posters_far_from_expiry_expired_or_withdrawn_get_no_reminder(): void {
		$this->store( 'test-be-far', $this->partner_a, 15 );
		$this->store( 'test-be-past', $this->partner_a, -1 );
		$this->store( 'test-be-gone', $this->partner_a, 5 );
		Plugin::instance()->hub_posters->withdraw( 'test-be-gone' );

		$this->assertSame( 0, $this->run_reminders() );
		$this->assertSame( array(), $this->mails );
	}

	public function test_a_renewal_starts_the_reminders_afresh(): void {
		$this->store( 'test-be-001', $this->partner_a, 5 );
		$this->run_reminders();
		$this->store( 'test-be-001', $this->partner_a, 365 );
		$this->assertSame( 0, $this->run_reminders() );

		$this->store( 'test-be-001', $this->partner_a, 12 ); // As if a year had passed since the renewal.

		$this->assertSame( 1, $this->run_reminders() );
		$this->assertCount( 2, $this->mails );
	}

	public function test_a_reminder_that_could_not_be_sent_is_tried_again_at_the_next_run(): void {
		$this->store( 'test-be-001', $this->partner_a, 5 );
		$this->mail_result = false;
		$this->assertSame( 0, $this->run_reminders() );

		$this->mail_result = true;

		$this->assertSame( 1, $this->run_reminders() );
		$this->assertCount( 2, $this->mails );
	}

	public function test_an_organisation_without_a_contact_is_reminded_once_it_has_one(): void {
		global $wpdb;
		$this->store( 'test-be-001', $this->partner_a, 5 );
		$wpdb->update( Tables::name( Tables::PARTNERS ), array( 'contact' => '' ), array( 'id' => $this->partner_a ) );
		$this->assertSame( 0, $this->run_reminders() );

		$wpdb->update( Tables::name( Tables::PARTNERS ), array( 'contact' => 'new@remind-a.example.org' ), array( 'id' => $this->partner_a ) );

		$this->assertSame( 1, $this->run_reminders() );
		$this->assertSame( 'new@remind-a.example.org', $this->mails[0]['to'] );
	}

	public function test_the_daily_hook_is_scheduled_by_activation_and_sends_only_on_a_hub(): void {
		$this->store( 'test-be-001', $this->partner_a, 5 );
		wp_clear_scheduled_hook( ExpiryReminders::CRON_HOOK );
		Activation::activate();
		Plugin::instance()->settings->update( array( 'hub_mode' => false ) );
		do_action( ExpiryReminders::CRON_HOOK );
		$this->assertSame( array(), $this->mails );

		Plugin::instance()->settings->update( array( 'hub_mode' => true ) );
		do_action( ExpiryReminders::CRON_HOOK );

		$this->assertIsInt( wp_next_scheduled( ExpiryReminders::CRON_HOOK ) );
		$this->assertSame( 'daily', wp_get_schedule( ExpiryReminders::CRON_HOOK ) );
		$this->assertCount( 1, $this->mails );
	}

	private function run_reminders(): int {
		return Plugin::instance()->expiry_reminders->run();
	}

	private function store( string $id, int $partner, int $days_left ): void {
		$poster = self::poster(
			array(
				'id'      => $id,
				'expires' => gmdate( 'Y-m-d', time() + $days_left * DAY_IN_SECONDS ),
			)
		);
		unset( $poster['partner'] );
		$this->assertIsArray( Plugin::instance()->hub_posters->save( $poster, $partner ) );
	}

	/**
	 * As if the reminder for $days before this expiry had been sent at an earlier run.
	 */
	private function set_reminded( string $id, int $days_left, int $days ): void {
		global $wpdb;
		$expires = gmdate( 'Y-m-d', time() + $days_left * DAY_IN_SECONDS );
		$wpdb->update( Tables::name( Tables::HUB_POSTERS ), array( 'reminded_for' => $expires . '/' . $days ), array( 'id' => $id ) );
	}
}
