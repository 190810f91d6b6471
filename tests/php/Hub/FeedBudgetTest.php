<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Hub;

use NotFound\Display\Sync;
use NotFound\Geo\Countries;
use NotFound\Hub\HubPosters;
use NotFound\Posters\FeedEnvelope;
use NotFound\Posters\FeedQuery;
use NotFound\Tests\TestCase;

require_once dirname( __DIR__, 2 ) . '/fixtures/largest-posters.php';

/**
 * The feed is bounded by construction: the most posters an answer holds, each as large as the field limits
 * allow in the widest encoding, still fit the documented budget, and the budget fits what display sites read.
 */
final class FeedBudgetTest extends TestCase {

	public function test_the_largest_possible_answer_fits_the_budget_and_the_budget_what_displays_read(): void {
		$widest = "\u{1}";
		$this->assertSame( 6, strlen( FeedEnvelope::encode( $widest ) ) - 2, 'A control character is the widest in JSON: six bytes.' );
		$poster  = notfound_largest_poster( 'largest', $widest, 'https://hub.example.org/photo.png' );
		$query   = FeedQuery::normalise(
			array(
				'country' => implode( ',', Countries::codes() ),
				'near'    => '-89.75,-179.75',
				'limit'   => (string) HubPosters::MAX_LIMIT,
				'lang'    => 'nds',
			)
		);
		$largest = FeedEnvelope::wrap(
			str_repeat( $widest, FeedEnvelope::MAX_HUB_NAME + 50 ),
			'https://' . str_repeat( 'h', 500 ) . '.example.org/',
			$query->to_array(),
			time(),
			array( 'posters' => array_fill( 0, $query->limit, $poster ) )
		);

		$this->assertSame( HubPosters::MAX_LIMIT, $query->limit );
		$this->assertLessThanOrEqual( FeedEnvelope::BUDGET, strlen( FeedEnvelope::encode( $largest ) ) );
		$this->assertLessThanOrEqual( 0.8 * Sync::MAX_BODY, FeedEnvelope::BUDGET, 'A fifth of what displays read is margin.' );
	}
}
