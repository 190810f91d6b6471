<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Posters;

use NotFound\Display\Sync;
use NotFound\Posters\FeedQuery;
use NotFound\Tests\TestCase;

/**
 * The hub normalises every query before it caches or signs the answer; a display must ask in a form that
 * normalisation leaves as it is, or it would never recognise the query echoed in the signed envelope.
 */
final class FeedQueryTest extends TestCase {

	/**
	 * @return array<string, array{0: list<string>}>
	 */
	public static function regions(): array {
		return array(
			'everywhere'         => array( array() ),
			'one country'        => array( array( 'BE' ) ),
			'several, any order' => array( array( 'NL', 'BE', 'FR' ) ),
		);
	}

	/**
	 * @dataProvider regions
	 * @param list<string> $regions
	 */
	#[\PHPUnit\Framework\Attributes\DataProvider( 'regions' )]
	public function test_what_a_display_asks_survives_normalisation_unchanged( array $regions ): void {
		$asked = Sync::feed_query( $regions );
		parse_str( $asked->query_string(), $sent );

		$this->assertSame( $asked->to_array(), FeedQuery::normalise( $sent )->to_array() );
		$this->assertSame( $asked->query_string(), FeedQuery::normalise( $sent )->query_string() );
		$this->assertSame( FeedQuery::MAX_LIMIT, $asked->limit );
	}

	public function test_parameters_map_onto_a_few_answers(): void {
		$query = FeedQuery::normalise(
			array(
				'country' => ' fr,BE,be,',
				'near'    => '-0.1,179.9',
				'limit'   => '11',
				'lang'    => 'pt_BR',
			)
		);

		$this->assertSame(
			array(
				'country' => 'BE,FR',
				'near'    => '0.0,180.0',
				'limit'   => 25,
				'lang'    => 'pt',
			),
			$query->to_array()
		);
		$this->assertSame( 100, FeedQuery::normalise( array( 'limit' => '500' ) )->limit );
		$this->assertSame( 10, FeedQuery::normalise( array( 'limit' => '1' ) )->limit );
	}
}
