<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests;

/**
 * What one test adds to WordPress's hooks and queues is gone for the next.
 */
final class GlobalStateTest extends \PHPUnit\Framework\TestCase {

	public function test_restore_removes_hooks_and_queued_assets_added_after_capture(): void {
		$before = GlobalState::capture();
		add_filter( 'notfound_isolation_probe', '__return_true' );
		remove_all_actions( 'wp_head' );
		do_action( 'notfound_isolation_probe_ran' );
		wp_enqueue_script( 'notfound-isolation-probe', '/probe.js', array(), '1', true );
		wp_enqueue_style( 'notfound-isolation-probe', '/probe.css', array(), '1' );
		wp_enqueue_script_module( 'notfound/isolation-probe', '/probe.mjs' );

		$before->restore();

		$this->assertFalse( has_filter( 'notfound_isolation_probe' ) );
		$this->assertNotFalse( has_action( 'wp_head', 'wp_enqueue_scripts' ), 'a removed core hook is back' );
		$this->assertSame( 0, did_action( 'notfound_isolation_probe_ran' ) );
		$this->assertFalse( wp_script_is( 'notfound-isolation-probe', 'enqueued' ) );
		$this->assertFalse( wp_style_is( 'notfound-isolation-probe', 'enqueued' ) );
		ob_start();
		wp_script_modules()->print_enqueued_script_modules();
		$this->assertStringNotContainsString( 'isolation-probe', (string) ob_get_clean() );
	}
}
