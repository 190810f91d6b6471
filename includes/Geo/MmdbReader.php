<?php
/**
 * A pure-PHP reader for MaxMind DB (.mmdb) files.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Geo;

/**
 * Follows https://maxmind.github.io/MaxMind-DB/ closely enough for country databases: the metadata at
 * the end of the file, a binary search tree of 24, 28 or 32-bit records, then the data section.
 * The file is read with fseek/fread, a few bytes per tree node, so a lookup never loads the database
 * into memory and needs no PHP extension. Corrupt files throw \UnexpectedValueException.
 */
final class MmdbReader {

	private const METADATA_MARKER = "\xAB\xCD\xEFMaxMind.com";

	/** The spec puts the metadata within the file's last 128 KiB. */
	private const METADATA_MAX_SIZE = 131072;

	/** Deeper nesting than this only happens in a corrupt file that points into itself. */
	private const MAX_DEPTH = 32;

	private const POINTER = 1;
	private const UTF8    = 2;
	private const DOUBLE  = 3;
	private const BYTES   = 4;
	private const UINT16  = 5;
	private const UINT32  = 6;
	private const MAP     = 7;
	private const INT32   = 8;
	private const UINT64  = 9;
	private const UINT128 = 10;
	private const ARRAY   = 11;
	private const BOOLEAN = 14;
	private const FLOAT   = 15;

	/** @var resource */
	private $handle;

	private readonly int $file_size;
	private readonly int $node_count;
	private readonly int $record_size;
	private readonly int $ip_version;
	private readonly int $data_start;
	private ?int $ipv4_start = null;

	/** @var array<string, mixed> */
	private readonly array $metadata;

	/**
	 * @throws \UnexpectedValueException When the file cannot be read or is no MaxMind DB.
	 */
	public function __construct( string $path ) {
		$handle = is_file( $path ) && is_readable( $path ) ? fopen( $path, 'rb' ) : false; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fopen, WordPress.WP.AlternativeFunctions.file_system_read_fopen -- WPCS 3 and 2 names; seeks in a read-only binary database; WP_Filesystem has no seek.
		if ( false === $handle ) {
			throw new \UnexpectedValueException( 'The database file cannot be read.' );
		}
		$this->handle    = $handle;
		$this->file_size = (int) filesize( $path );

		$metadata_start = $this->metadata_start();
		// Pointers inside the metadata are relative to its own start.
		$metadata = $this->decode( $metadata_start, $metadata_start, 0 )[0];
		if ( ! is_array( $metadata ) ) {
			throw new \UnexpectedValueException( 'The metadata is not a map.' );
		}
		$this->metadata    = $metadata;
		$this->node_count  = is_int( $metadata['node_count'] ?? null ) ? $metadata['node_count'] : 0;
		$this->record_size = is_int( $metadata['record_size'] ?? null ) ? $metadata['record_size'] : 0;
		$this->ip_version  = is_int( $metadata['ip_version'] ?? null ) ? $metadata['ip_version'] : 0;
		// The tree, then 16 zero bytes, then the data section.
		$this->data_start = intdiv( $this->node_count * $this->record_size, 4 ) + 16;
		if ( $this->node_count < 1 || ! in_array( $this->record_size, array( 24, 28, 32 ), true )
			|| ! in_array( $this->ip_version, array( 4, 6 ), true ) || $this->data_start > $metadata_start ) {
			throw new \UnexpectedValueException( 'The metadata does not describe a usable search tree.' );
		}
	}

	public function __destruct() {
		fclose( $this->handle ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fclose, WordPress.WP.AlternativeFunctions.file_system_read_fclose -- WPCS 3 and 2 names; pairs the fopen above.
	}

	/**
	 * @return array<string, mixed> The database's own description: node_count, record_size, ip_version, database_type, build_epoch…
	 */
	public function metadata(): array {
		return $this->metadata;
	}

	/**
	 * The record stored for an address, or null when the database has none.
	 *
	 * @throws \InvalidArgumentException When $ip is not an IP address.
	 * @throws \UnexpectedValueException When the file is corrupt.
	 */
	public function get( string $ip ): mixed {
		$packed = IpRange::pack( $ip );
		if ( null === $packed ) {
			throw new \InvalidArgumentException( 'Not an IP address.' );
		}
		if ( 16 === strlen( $packed ) && 4 === $this->ip_version ) {
			return null;
		}
		$node = 4 === strlen( $packed ) && 6 === $this->ip_version ? $this->ipv4_start() : 0;
		$bits = 8 * strlen( $packed );
		for ( $i = 0; $i < $bits && $node < $this->node_count; $i++ ) {
			$node = $this->record( $node, ( ord( $packed[ $i >> 3 ] ) >> ( 7 - ( $i & 7 ) ) ) & 1 );
		}
		if ( $node === $this->node_count ) {
			return null;
		}
		// Records above node_count point into the data section, counted from the start of the 16-byte separator.
		$offset = $node - $this->node_count - 16;
		if ( $node < $this->node_count || $offset < 0 ) {
			throw new \UnexpectedValueException( 'The search tree is corrupt.' );
		}
		return $this->decode( $this->data_start + $offset, $this->data_start, 0 )[0];
	}

	/**
	 * Where the metadata map begins: just after the last marker. Metadata is usually a few hundred
	 * bytes, so the last 4 KiB are searched before the spec's 128 KiB, to keep each request's read small.
	 */
	private function metadata_start(): int {
		foreach ( array( 4096, self::METADATA_MAX_SIZE ) as $window ) {
			$tail_start = max( 0, $this->file_size - $window );
			$marker     = strrpos( $this->read( $tail_start, $this->file_size - $tail_start ), self::METADATA_MARKER );
			if ( false !== $marker ) {
				return $tail_start + $marker + strlen( self::METADATA_MARKER );
			}
		}
		throw new \UnexpectedValueException( 'No MaxMind DB metadata.' );
	}

	/**
	 * IPv4 addresses live in an IPv6 tree at ::/96: the node reached after 96 zero bits.
	 */
	private function ipv4_start(): int {
		if ( null === $this->ipv4_start ) {
			$node = 0;
			for ( $i = 0; $i < 96 && $node < $this->node_count; $i++ ) {
				$node = $this->record( $node, 0 );
			}
			$this->ipv4_start = $node;
		}
		return $this->ipv4_start;
	}

	/**
	 * The left (0) or right (1) record of a node.
	 */
	private function record( int $node, int $bit ): int {
		$size  = intdiv( $this->record_size, 4 );
		$bytes = $this->read( $node * $size, $size );
		if ( 28 === $this->record_size ) {
			// Two 24-bit halves around a middle byte whose high nibble belongs to the left record.
			$nibble = 0 === $bit ? ord( $bytes[3] ) >> 4 : ord( $bytes[3] ) & 0x0f;
			return ( $nibble << 24 ) | (int) self::unsigned( substr( $bytes, 0 === $bit ? 0 : 4, 3 ) );
		}
		$half = intdiv( $size, 2 );
		return (int) self::unsigned( substr( $bytes, $bit * $half, $half ) );
	}

	/**
	 * Decodes the value at $offset.
	 *
	 * @param int $base  Where the section that pointers are relative to begins.
	 * @param int $depth How deeply nested this value is, to stop a corrupt file from looping.
	 * @return array{0: mixed, 1: int} The value and the offset just after it.
	 */
	private function decode( int $offset, int $base, int $depth ): array {
		if ( $depth > self::MAX_DEPTH ) {
			throw new \UnexpectedValueException( 'The data section nests too deeply.' );
		}
		$control = ord( $this->read( $offset++, 1 ) );
		$type    = $control >> 5;
		if ( self::POINTER === $type ) {
			list( $target, $offset ) = $this->pointer( $control, $offset );
			// The value pointed to is decoded, but reading continues after the pointer.
			return array( $this->decode( $base + $target, $base, $depth + 1 )[0], $offset );
		}
		if ( 0 === $type ) {
			// Extended types: 7 plus the next byte.
			$type = 7 + ord( $this->read( $offset++, 1 ) );
		}
		list( $size, $offset ) = $this->size( $control & 0x1f, $offset );
		switch ( $type ) {
			case self::MAP:
			case self::ARRAY:
				return $this->container( self::MAP === $type, $size, $offset, $base, $depth );
			case self::BOOLEAN:
				// The value is its size; there is no payload.
				return array( 1 === $size, $offset );
		}
		$payload = $this->read( $offset, $size );
		return array( self::scalar( $type, $payload ), $offset + $size );
	}

	/**
	 * @return array{0: array<mixed>, 1: int}
	 */
	private function container( bool $is_map, int $size, int $offset, int $base, int $depth ): array {
		// Each entry takes at least a byte: a larger count can only come from a corrupt file.
		if ( $size > $this->file_size - $offset ) {
			throw new \UnexpectedValueException( 'A map or array is larger than the file.' );
		}
		$values = array();
		for ( $i = 0; $i < $size; $i++ ) {
			if ( $is_map ) {
				list( $key, $offset ) = $this->decode( $offset, $base, $depth + 1 );
				if ( ! is_string( $key ) ) {
					throw new \UnexpectedValueException( 'A map key is not a string.' );
				}
			}
			list( $value, $offset ) = $this->decode( $offset, $base, $depth + 1 );
			if ( $is_map ) {
				$values[ $key ] = $value;
			} else {
				$values[] = $value;
			}
		}
		return array( $values, $offset );
	}

	private static function scalar( int $type, string $payload ): mixed {
		$length = strlen( $payload );
		// Fixed-size floats; integers may be shorter than their type (leading zero bytes dropped).
		$valid = match ( $type ) {
			self::UTF8, self::BYTES => true,
			self::DOUBLE => 8 === $length,
			self::FLOAT => 4 === $length,
			self::UINT16 => $length <= 2,
			self::INT32, self::UINT32 => $length <= 4,
			self::UINT64 => $length <= 8,
			self::UINT128 => $length <= 16,
			default => false,
		};
		if ( ! $valid ) {
			throw new \UnexpectedValueException( 'Unsupported or malformed data type ' . (int) $type . '.' );
		}
		return match ( $type ) {
			self::UTF8, self::BYTES => $payload,
			self::DOUBLE => (float) current( (array) unpack( 'E', $payload ) ),
			self::FLOAT => (float) current( (array) unpack( 'G', $payload ) ),
			// Read as unsigned 32 bits, then flip bit 31 into the sign.
			self::INT32 => ( (int) self::unsigned( $payload ) ^ 0x80000000 ) - 0x80000000,
			default => self::unsigned( $payload ),
		};
	}

	/**
	 * @return array{0: int, 1: int} The pointer's target in the data section and the offset after it.
	 */
	private function pointer( int $control, int $offset ): array {
		$extra = ( ( $control >> 3 ) & 0x3 ) + 1;
		$bytes = $this->read( $offset, $extra );
		$value = (int) self::unsigned( $bytes );
		// The low three bits of the control byte lead the value, except in 4-byte pointers; each
		// longer form starts where the shorter one's range ends.
		$target = match ( $extra ) {
			1 => ( ( $control & 0x7 ) << 8 ) | $value,
			2 => ( ( ( $control & 0x7 ) << 16 ) | $value ) + 2048,
			3 => ( ( ( $control & 0x7 ) << 24 ) | $value ) + 526336,
			default => $value,
		};
		return array( $target, $offset + $extra );
	}

	/**
	 * @return array{0: int, 1: int} The payload size and the offset after the size bytes.
	 */
	private function size( int $size, int $offset ): array {
		if ( $size < 29 ) {
			return array( $size, $offset );
		}
		// 29, 30 and 31 mean: add the next 1, 2 or 3 bytes to a base past the shorter forms.
		$extra = $size - 28;
		$value = (int) self::unsigned( $this->read( $offset, $extra ) );
		return array( array( 29, 285, 65821 )[ $extra - 1 ] + $value, $offset + $extra );
	}

	/**
	 * A big-endian unsigned integer; a decimal string beyond PHP_INT_MAX (uint64, uint128), built
	 * digit by digit so neither GMP nor BCMath is needed.
	 */
	private static function unsigned( string $bytes ): int|string {
		$value = 0;
		foreach ( str_split( $bytes ) as $byte ) {
			if ( $value > ( PHP_INT_MAX >> 8 ) ) {
				return self::decimal( $bytes );
			}
			$value = ( $value << 8 ) | ord( $byte );
		}
		return $value;
	}

	private static function decimal( string $bytes ): string {
		$digits = array( 0 );
		foreach ( str_split( $bytes ) as $byte ) {
			$carry = ord( $byte );
			foreach ( $digits as $i => $digit ) {
				$carry       += 256 * $digit;
				$digits[ $i ] = $carry % 10;
				$carry        = intdiv( $carry, 10 );
			}
			for ( ; $carry > 0; $carry = intdiv( $carry, 10 ) ) {
				$digits[] = $carry % 10;
			}
		}
		return implode( '', array_reverse( $digits ) );
	}

	/**
	 * Exactly $length bytes from $offset, or an exception: a short read means a truncated file.
	 */
	private function read( int $offset, int $length ): string {
		if ( $length < 1 ) {
			return '';
		}
		if ( $offset < 0 || $offset + $length > $this->file_size || 0 !== fseek( $this->handle, $offset ) ) {
			throw new \UnexpectedValueException( 'Read beyond the end of the database file.' );
		}
		$bytes = fread( $this->handle, $length ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fread, WordPress.WP.AlternativeFunctions.file_system_read_fread -- WPCS 3 and 2 names; see the fopen above.
		if ( false === $bytes || strlen( $bytes ) !== $length ) {
			throw new \UnexpectedValueException( 'The database file is truncated.' );
		}
		return $bytes;
	}
}
