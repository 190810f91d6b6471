<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests;

/**
 * What a test may change in WordPress's globals besides the database: hooks (and how often each ran), the
 * current filter stack, and the script, style and script-module queues. Taken before each test and put back
 * after it, as core's own test case does with hooks, so no test leans on what an earlier one left behind.
 */
final class GlobalState {

	/**
	 * @param array<string, \WP_Hook>             $filters
	 * @param array<string, int>                  $actions_run
	 * @param array<string, int>                  $filters_run
	 * @param list<string>                        $current_filter
	 * @param array<string, array<string, mixed>> $queues Each queue object's properties, by global name.
	 */
	private function __construct(
		private readonly array $filters,
		private readonly array $actions_run,
		private readonly array $filters_run,
		private readonly array $current_filter,
		private readonly array $queues,
	) {}

	public static function capture(): self {
		$filters = array();
		foreach ( $GLOBALS['wp_filter'] as $hook_name => $hook ) {
			$filters[ $hook_name ] = clone $hook;
		}
		return new self(
			$filters,
			$GLOBALS['wp_actions'] ?? array(),
			$GLOBALS['wp_filters'] ?? array(),
			$GLOBALS['wp_current_filter'] ?? array(),
			array(
				'wp_scripts'        => self::properties( wp_scripts() ),
				'wp_styles'         => self::properties( wp_styles() ),
				'wp_script_modules' => self::properties( wp_script_modules() ),
			)
		);
	}

	public function restore(): void {
		$filters = array();
		foreach ( $this->filters as $hook_name => $hook ) {
			$filters[ $hook_name ] = clone $hook; // A copy again: the state may be restored more than once.
		}
		$GLOBALS['wp_filter']         = $filters;
		$GLOBALS['wp_actions']        = $this->actions_run;
		$GLOBALS['wp_filters']        = $this->filters_run; // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedVariableFound -- core's own global (how often each filter ran), put back as WordPress's test framework does.
		$GLOBALS['wp_current_filter'] = $this->current_filter;
		// Into the same objects, not copies: core's printing hooks hold the script-modules object itself.
		foreach ( array( wp_scripts(), wp_styles(), wp_script_modules() ) as $index => $queue ) {
			$properties = array_values( $this->queues )[ $index ];
			foreach ( ( new \ReflectionObject( $queue ) )->getProperties() as $property ) {
				if ( ! $property->isStatic() && array_key_exists( $property->getName(), $properties ) ) {
					$property->setValue( $queue, $properties[ $property->getName() ] );
				}
			}
		}
	}

	/**
	 * @return array<string, mixed> The object's own values (arrays copy by value; objects inside stay shared).
	 */
	private static function properties( object $queue ): array {
		$values = array();
		foreach ( ( new \ReflectionObject( $queue ) )->getProperties() as $property ) {
			if ( ! $property->isStatic() && $property->isInitialized( $queue ) ) {
				$values[ $property->getName() ] = $property->getValue( $queue );
			}
		}
		return $values;
	}
}
