<?php
/**
 * The plugin's composition root: builds each part once and lets it add its hooks.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound;

use NotFound\Blocks\Blocks;
use NotFound\Cli\Commands;
use NotFound\Cli\ImportCommand;
use NotFound\Cli\DisplayCommands;
use NotFound\Cli\HeldDaysCommands;
use NotFound\Cli\PosterCommands;
use NotFound\Cli\SettingsCommands;
use NotFound\Counting\ChallengeController;
use NotFound\Counting\DisplayCounter;
use NotFound\Counting\DisplayCounts;
use NotFound\Counting\DisplaysController;
use NotFound\Counting\HubReporter;
use NotFound\Counting\SeenBeacons;
use NotFound\Display\LocalPosters;
use NotFound\Display\NotFoundPage;
use NotFound\Display\PageCacheHeaders;
use NotFound\Display\PosterSelector;
use NotFound\Display\RevocationController;
use NotFound\Display\SamplePosters;
use NotFound\Display\SiteHealth;
use NotFound\Display\StatusController;
use NotFound\Display\Sync;
use NotFound\Hub\Capabilities;
use NotFound\Hub\ExpiryReminders;
use NotFound\Hub\FeedController;
use NotFound\Hub\FeedImport;
use NotFound\Hub\ImportAlerts;
use NotFound\Hub\ImportConfirmController;
use NotFound\Hub\HubKeys;
use NotFound\Hub\KeyRotationController;
use NotFound\Hub\HubPosters;
use NotFound\Hub\PartnerMedia;
use NotFound\Hub\PartnerMediaController;
use NotFound\Hub\PartnerPrivacy;
use NotFound\Hub\PartnerPostersController;
use NotFound\Hub\Partners;
use NotFound\Hub\PartnersController;
use NotFound\Hub\Revocations\RevocationFanout;
use NotFound\Hub\Stats\HeldDaysController;
use NotFound\Hub\Stats\HubDisplayCounts;
use NotFound\Hub\Stats\Plausibility;
use NotFound\Hub\Stats\ReportingSites;
use NotFound\Hub\Stats\ReportsController;
use NotFound\Hub\Stats\SiteChallenge;
use NotFound\Hub\Stats\StatisticsController;
use NotFound\Hub\Stats\StatisticsRetention;
use NotFound\Settings\Settings;

/**
 * Holds the shared services; the 404 render path reaches them through here.
 */
final class Plugin {

	private static ?Plugin $instance = null;

	public readonly Settings $settings;
	public readonly HubPosters $hub_posters;
	public readonly Partners $partners;
	public readonly HubKeys $hub_keys;
	public readonly FeedImport $feed_import;
	public readonly RevocationFanout $fanout;
	public readonly ExpiryReminders $expiry_reminders;
	public readonly LocalPosters $local_posters;
	public readonly Sync $sync;
	public readonly PosterSelector $selector;
	public readonly SamplePosters $samples;
	public readonly DisplayCounts $display_counts;
	public readonly DisplayCounter $counter;
	public readonly HubReporter $reporter;
	public readonly HubDisplayCounts $hub_display_counts;
	public readonly StatisticsRetention $statistics_retention;

	private function __construct() {
		$this->settings         = new Settings();
		$this->partners         = new Partners();
		$this->hub_posters      = new HubPosters( $this->partners );
		$this->hub_keys         = new HubKeys();
		$this->feed_import      = new FeedImport( $this->partners, $this->hub_posters );
		$this->expiry_reminders = new ExpiryReminders( $this->settings, $this->partners );
		$this->fanout           = new RevocationFanout( $this->settings, $this->hub_keys, $this->hub_posters );
		$this->local_posters    = new LocalPosters();
		$this->sync             = new Sync( $this->settings, $this->local_posters );
		$this->selector         = new PosterSelector( $this->settings, $this->local_posters, $this->sync );
		$this->samples          = new SamplePosters();

		$this->display_counts       = new DisplayCounts();
		$this->counter              = new DisplayCounter( $this->settings, $this->display_counts, new SeenBeacons() );
		$this->reporter             = new HubReporter( $this->settings, $this->display_counts );
		$this->hub_display_counts   = new HubDisplayCounts();
		$this->statistics_retention = new StatisticsRetention( $this->settings, $this->hub_display_counts, new ReportingSites() );
	}

	public static function instance(): Plugin {
		if ( null === self::$instance ) {
			self::$instance = new Plugin();
		}
		return self::$instance;
	}

	public function add_hooks(): void {
		( new I18n\TextDomain() )->add_hooks();
		add_action( 'plugins_loaded', array( Activation::class, 'maybe_upgrade' ) );
		add_action( 'wp_initialize_site', array( Activation::class, 'initialize_site' ), 20 ); // After core made the site's tables.
		add_filter( 'wpmu_drop_tables', array( Activation::class, 'drop_site_tables' ), 10, 2 );
		( new PrivacyPolicy() )->add_hooks();
		$this->samples->add_hooks();
		$this->settings->add_hooks();
		$this->sync->add_hooks();
		( new Blocks() )->add_hooks();
		$not_found_page = new NotFoundPage( $this->settings );
		$not_found_page->add_hooks();
		( new PageCacheHeaders( $this->selector, $not_found_page ) )->add_hooks();
		$this->add_hub_hooks();
		( new Admin\SettingsPage( $this->settings ) )->add_hooks();
		( new StatusController( $this->settings, $this->sync, $this->local_posters, $this->selector ) )->add_hooks();
		( new SiteHealth( $this->settings, $this->sync ) )->add_hooks();
		( new RevocationController( $this->settings, $this->local_posters ) )->add_hooks();
		$this->counter->add_hooks();
		$this->reporter->add_hooks();
		( new DisplaysController( $this->counter, $this->display_counts, $this->reporter ) )->add_hooks();
		( new ChallengeController( $this->reporter ) )->add_hooks();
		if ( defined( 'WP_CLI' ) && WP_CLI ) {
			( new Commands( $this->sync, $this->local_posters, new ImportCommand( $this->feed_import, $this->partners, new ImportAlerts( $this->settings, $this->partners ) ), new PosterCommands( $this->hub_posters ), new SettingsCommands( $this->settings ), new DisplayCommands( $this->settings, $this->display_counts, $this->reporter ) ) )->add_hooks();
			( new HeldDaysCommands( $this->hub_display_counts ) )->add_hooks();
		}
	}

	/**
	 * The hub role. Its REST routes exist only while hub mode is on: the one place that decides it, asked each
	 * time the REST server starts, so turning hub mode on or off takes effect with the next request.
	 */
	private function add_hub_hooks(): void {
		$feed          = new FeedController( $this->hub_posters, $this->hub_keys );
		$hub_route_set = array(
			$feed,
			new PartnerPostersController( $this->hub_posters ),
			new PartnersController( $this->partners ),
			new KeyRotationController( $this->hub_keys ),
			new ReportsController( $this->settings, $this->hub_posters, new ReportingSites(), $this->hub_display_counts, new Plausibility( $this->hub_display_counts ), new SiteChallenge() ),
			new HeldDaysController( $this->hub_display_counts ),
			new StatisticsController( $this->hub_posters, $this->partners, $this->hub_display_counts ),
			new ImportConfirmController( $this->partners, $this->feed_import ),
			new PartnerMediaController(),
		);
		add_action(
			'rest_api_init',
			function () use ( $hub_route_set ): void {
				if ( ! $this->settings->hub_mode() ) {
					return;
				}
				foreach ( $hub_route_set as $controller ) {
					$controller->register_routes();
				}
			}
		);
		$feed->add_hooks();
		( new Capabilities( $this->hub_posters ) )->add_hooks();
		( new PartnerMedia() )->add_hooks();
		( new PartnerPrivacy( $this->partners ) )->add_hooks();
		$this->hub_posters->add_hooks();
		( new Admin\HubPostersPage( $this->settings ) )->add_hooks();
		( new Admin\StatisticsPage( $this->settings, $this->partners ) )->add_hooks();
		$this->feed_import->add_hooks();
		$this->fanout->add_hooks();
		( new ImportAlerts( $this->settings, $this->partners ) )->add_hooks();
		$this->expiry_reminders->add_hooks();
		$this->statistics_retention->add_hooks();
	}
}
