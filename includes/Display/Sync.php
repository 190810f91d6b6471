<?php
/**
 * Pulls the hub's feed into the local copy, on a schedule and never inside a visitor's request.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Display;

use NotFound\Posters\FeedQuery;
use NotFound\Posters\FeedSignature;
use NotFound\Posters\PosterValidator;
use NotFound\Settings\Settings;
use NotFound\RestApi;

/**
 * One sync: conditional GET with the last ETag, check the signature against the pinned hub key and the
 * signed envelope against what was asked, validate every poster (drop the invalid, keep the valid, record
 * why), replace the local copy. Any failure keeps the last valid copy untouched.
 */
final class Sync {

	public const CRON_HOOK       = 'notfound_sync';
	public const REFRESH_HOOK    = 'notfound_refresh';
	public const MAX_BACKOFF     = 6 * HOUR_IN_SECONDS;
	public const COPY_FORMAT     = 2; // 2: photos copied to the site.
	public const LOCK_OPTION     = 'notfound_sync_lock';
	public const LOCK_SECONDS    = 5 * MINUTE_IN_SECONDS;
	public const SCHEDULE        = 'notfound_every_ten_minutes';
	public const MAX_BODY        = 5 * MB_IN_BYTES;
	public const TIMEOUT         = 10;
	private const FEED_ROUTE     = '/posters?';
	private const ERROR_PREFIX   = 'notfound_sync_';
	public const SIGNATURE_ERROR = 'notfound_sync_signature';

	public function __construct(
		private readonly Settings $settings,
		private readonly LocalPosters $posters,
		private readonly SyncState $state = new SyncState(),
		private readonly PhotoCache $photos = new PhotoCache()
	) {}

	public function add_hooks(): void {
		add_filter( 'cron_schedules', array( $this, 'add_schedule' ) ); // phpcs:ignore WordPress.WP.CronInterval -- 5 to 10 minutes, so a withdrawal propagates within fifteen.
		add_action( self::CRON_HOOK, array( $this, 'run' ) );
		add_action( self::REFRESH_HOOK, array( $this, 'run' ) );
	}

	/**
	 * Asks WP-Cron for a sync as soon as possible, in the background. Writes only when none is pending, so
	 * visitors of a stale site cause one write, not one each.
	 */
	public function request_refresh(): void {
		if ( ! wp_next_scheduled( self::REFRESH_HOOK ) ) {
			wp_schedule_single_event( time(), self::REFRESH_HOOK );
		}
	}

	/**
	 * @param array<string, array{interval: int, display: string}> $schedules
	 * @return array<string, array{interval: int, display: string}>
	 */
	public function add_schedule( array $schedules ): array {
		// WP-Cron reads the interval each time it reschedules: a changed setting applies from the next run.
		$minutes                     = $this->settings->all()['refresh_minutes'];
		$schedules[ self::SCHEDULE ] = array(
			'interval' => $minutes * MINUTE_IN_SECONDS,
			/* translators: %d: minutes between two syncs. */
			'display'  => sprintf( __( 'Every %d minutes (NotFound sync)', 'notfound' ), $minutes ),
		);
		return $schedules;
	}

	public function schedule(): void {
		if ( ! wp_next_scheduled( self::CRON_HOOK ) ) {
			wp_schedule_event( time(), self::SCHEDULE, self::CRON_HOOK );
		}
	}

	/**
	 * What a display asks: its regions, as many posters as an answer holds; already in the normalised form the
	 * hub echoes in its signed envelope.
	 *
	 * @param list<string> $regions
	 */
	public static function feed_query( array $regions ): FeedQuery {
		return FeedQuery::normalise(
			array(
				'country' => implode( ',', $regions ),
				'limit'   => FeedQuery::MAX_LIMIT,
			)
		);
	}

	public function state(): SyncState {
		return $this->state;
	}

	/**
	 * After failures, waits longer before each retry (the refresh interval, doubling, up to 6 hours) unless forced.
	 *
	 * @return array{status: string, stored: int, dropped: array<string, string>}|\WP_Error
	 */
	public function run( bool $force = false ): array|\WP_Error {
		$state = $this->state->get();
		$every = $this->settings->all()['refresh_minutes'] * MINUTE_IN_SECONDS;
		$wait  = $state['failures'] ? min( self::MAX_BACKOFF, ( 2 ** ( $state['failures'] - 1 ) ) * $every - MINUTE_IN_SECONDS ) : 0;
		if ( ! $force && time() - $state['last_attempt_at'] < $wait ) {
			return new \WP_Error( self::ERROR_PREFIX . 'backoff', __( 'The last syncs failed; the next attempt waits a little longer.', 'notfound' ) );
		}
		// One sync at a time: an older fetch finishing after a newer one must not bring a poster back.
		if ( ! add_option( self::LOCK_OPTION, time(), '', false ) ) {
			if ( time() - (int) get_option( self::LOCK_OPTION ) < self::LOCK_SECONDS ) {
				return new \WP_Error( self::ERROR_PREFIX . 'busy', __( 'Another sync is running.', 'notfound' ) );
			}
			update_option( self::LOCK_OPTION, time(), false ); // A crashed sync's lock expires.
		}
		$this->state->update( array( 'last_attempt_at' => time() ) );
		try {
			$result = $this->fetch_and_store();
		} finally {
			delete_option( self::LOCK_OPTION );
		}
		if ( is_wp_error( $result ) ) {
			$this->state->update(
				array(
					'last_error'      => $result->get_error_message(),
					'last_error_code' => (string) $result->get_error_code(), // What Site Health tells apart, in any language.
					'failures'        => $this->state->get()['failures'] + 1,
				)
			);
		}
		return $result;
	}

	/**
	 * @return array{status: string, stored: int, dropped: array<string, string>}|\WP_Error
	 */
	private function fetch_and_store(): array|\WP_Error {
		$pinned_key = $this->settings->all()['hub_public_key'];
		if ( '' === $pinned_key ) {
			return new \WP_Error( self::ERROR_PREFIX . 'no_key', __( 'No hub key is pinned, so no feed can be trusted. Pin the hub\'s public key in the NotFound settings.', 'notfound' ) );
		}
		$state      = $this->state->get();
		$settings   = $this->settings->all();
		$regions    = $settings['regions'];
		$max_age    = $settings['max_age_minutes'] * MINUTE_IN_SECONDS;
		$fetched_at = time();
		// What the copy was fetched from: a new hub, key or region set never reuses the old ETag.
		$source = md5( implode( '|', array( $this->settings->hub_url(), $pinned_key, implode( ',', $regions ) ) ) );
		// A 304 carries no signature, so it is believed only while the signed content we hold is recent: at
		// least every half max-age the hub must sign the feed again. A network that answers 304 forever can
		// therefore keep a copy on show for at most one and a half max-ages, never indefinitely.
		$conditional = $state['etag'] && self::COPY_FORMAT === $state['format'] && $source === $state['source']
			&& $state['generated_at'] >= $fetched_at - $max_age / 2 && $this->posters->ids();
		$headers     = $conditional ? array( 'If-None-Match' => $state['etag'] ) : array();
		$query       = self::feed_query( $regions );
		$download    = new SizeLimitedGet( self::MAX_BODY );
		$response    = $download->get(
			RestApi::url( $this->settings->hub_url(), self::FEED_ROUTE . $query->query_string() ),
			array(
				'timeout'     => self::TIMEOUT,
				'redirection' => 2,
				'headers'     => $headers,
			)
		);
		if ( $download->exceeded() ) {
			/* translators: %d: megabytes. */
			return new \WP_Error( self::ERROR_PREFIX . 'too_large', sprintf( __( 'The hub\'s answer is larger than %d MB, the most this site reads. It was not used; the last valid copy is kept.', 'notfound' ), self::MAX_BODY / MB_IN_BYTES ) );
		}
		if ( is_wp_error( $response ) ) {
			/* translators: %s: the network error. */
			return new \WP_Error( self::ERROR_PREFIX . 'unreachable', sprintf( __( 'The hub could not be reached: %s', 'notfound' ), $response->get_error_message() ) );
		}
		$code = (int) wp_remote_retrieve_response_code( $response );
		if ( 304 === $code && $conditional ) {
			$this->state->update(
				array(
					'confirmed_at'    => $fetched_at,
					'last_error'      => '',
					'last_error_code' => '',
					'failures'        => 0,
				)
			);
			return array(
				'status'  => 'unchanged',
				'stored'  => count( $this->posters->ids() ),
				'dropped' => $state['dropped'],
			);
		}
		if ( 200 !== $code ) {
			/* translators: %d: HTTP status code. */
			return new \WP_Error( self::ERROR_PREFIX . 'http', sprintf( __( 'The hub answered with HTTP status %d.', 'notfound' ), $code ) );
		}
		$body = wp_remote_retrieve_body( $response );
		if ( ! FeedSignature::verify( $body, FeedSignature::of_response( $response ), $pinned_key ) ) {
			return new \WP_Error( self::SIGNATURE_ERROR, __( 'The feed is not signed by the pinned hub key. It was not used; the last valid copy is kept.', 'notfound' ) );
		}
		$feed = json_decode( $body, true );
		if ( ! is_array( $feed ) || ! is_array( $feed['posters'] ?? null ) || ! array_is_list( $feed['posters'] ) ) {
			return new \WP_Error( self::ERROR_PREFIX . 'malformed', __( 'The hub sent a feed that is not valid JSON.', 'notfound' ) );
		}
		$not_before = max( $fetched_at - $max_age, $source === $state['source'] ? $state['generated_at'] : 0 );
		$problem    = EnvelopeCheck::problem( $feed, $this->settings->hub_url(), $query->to_array(), $not_before, $fetched_at );
		if ( null !== $problem ) {
			return $problem;
		}
		$generated_at            = (int) strtotime( (string) $feed['generated_at'] );
		list( $valid, $dropped ) = $this->validate_all( $feed['posters'] );
		foreach ( $valid as $index => $poster ) {
			list( $valid[ $index ], $photo_error ) = $this->photos->localize( $poster );
			if ( null !== $photo_error ) {
				/* translators: %s: why the photo could not be copied. */
				$dropped[ $poster['id'] . ' (photo)' ] = sprintf( __( 'Shown without its photo: %s', 'notfound' ), $photo_error );
			}
		}
		$this->posters->replace_all( $valid );
		$this->photos->prune( $valid );
		$this->state->update(
			array(
				'etag'            => implode( ', ', (array) wp_remote_retrieve_header( $response, 'etag' ) ),
				'format'          => self::COPY_FORMAT,
				'source'          => $source,
				'generated_at'    => $generated_at,
				'confirmed_at'    => $fetched_at,
				'last_error'      => '',
				'last_error_code' => '',
				'failures'        => 0,
				'dropped'         => $dropped,
			)
		);
		return array(
			'status'  => 'updated',
			'stored'  => count( $valid ),
			'dropped' => $dropped,
		);
	}

	/**
	 * @param list<mixed> $items
	 * @return array{0: list<array<string, mixed>>, 1: array<string, string>} Valid posters; why each other was dropped.
	 */
	private function validate_all( array $items ): array {
		$validator = new PosterValidator();
		$valid     = array();
		$dropped   = array();
		foreach ( $items as $index => $item ) {
			$poster = $validator->validate( $item );
			$label  = is_array( $item ) && is_string( $item['id'] ?? null ) ? $item['id'] : '#' . $index;
			if ( is_wp_error( $poster ) ) {
				$dropped[ $label ] = $poster->get_error_message();
			} elseif ( isset( $valid[ $poster['id'] ] ) ) {
				$dropped[ $label ] = __( 'Duplicate id.', 'notfound' );
			} else {
				$valid[ $poster['id'] ] = $poster;
			}
		}
		return array( array_values( $valid ), $dropped );
	}
}
