<?php
/**
 * Table names and definitions (dbDelta format: two spaces before PRIMARY KEY, one column per line).
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Database;

/**
 * Why custom tables and not posts: see docs/storage.md.
 */
final class Tables {

	public const HUB_POSTERS   = 'notfound_hub_posters';
	public const PARTNERS      = 'notfound_partners';
	public const LOCAL_POSTERS = 'notfound_local_posters';
	public const DISPLAYS      = 'notfound_displays';
	public const HUB_SITES     = 'notfound_hub_sites';
	public const HUB_DISPLAYS  = 'notfound_hub_displays';
	public const REVOCATIONS   = 'notfound_hub_revocations';
	public const DELIVERIES    = 'notfound_hub_deliveries';
	public const SEEN_NONCES   = 'notfound_seen_revocations';
	public const SEEN_BEACONS  = 'notfound_seen_beacons';

	public static function name( string $table ): string {
		global $wpdb;
		return $wpdb->prefix . $table;
	}

	/**
	 * @return array<string, string> Table (without prefix) => column and index definitions.
	 */
	public static function definitions(): array {
		return array(
			self::PARTNERS      => "id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
slug varchar(64) NOT NULL,
name varchar(191) NOT NULL,
countries varchar(255) NOT NULL DEFAULT '',
hotline varchar(32) NOT NULL DEFAULT '',
website varchar(255) NOT NULL DEFAULT '',
contact varchar(191) NOT NULL DEFAULT '',
import_url varchar(255) NOT NULL DEFAULT '',
quota int(10) unsigned NOT NULL DEFAULT 100,
PRIMARY KEY  (id),
UNIQUE KEY slug (slug)",
			self::HUB_POSTERS   => "id varchar(64) NOT NULL,
partner_id bigint(20) unsigned NOT NULL,
status varchar(16) NOT NULL DEFAULT 'active',
country char(2) NOT NULL,
latitude double NOT NULL,
longitude double NOT NULL,
missing_since date NOT NULL,
expires_on date NOT NULL,
modified_gmt datetime NOT NULL,
photo_ids varchar(255) NOT NULL DEFAULT '',
origin varchar(16) NOT NULL DEFAULT 'manual',
reminded_for varchar(16) NOT NULL DEFAULT '',
data longtext NOT NULL,
PRIMARY KEY  (id),
KEY status_expires (status,expires_on),
KEY country (country),
KEY partner_id (partner_id)",
			self::LOCAL_POSTERS => 'id varchar(64) NOT NULL,
country char(2) NOT NULL,
latitude double NOT NULL,
longitude double NOT NULL,
missing_since date NOT NULL,
expires_on date NOT NULL,
data longtext NOT NULL,
PRIMARY KEY  (id),
KEY country (country)',
			// One row per poster, day and country: bounded by posters × countries × retention days.
			self::DISPLAYS      => 'day date NOT NULL,
poster_id varchar(64) NOT NULL,
country char(2) NOT NULL,
displays bigint(20) unsigned NOT NULL DEFAULT 0,
PRIMARY KEY  (day,poster_id,country)',
			// A site is pending (challenge_hash set, verified_gmt NULL) until it proves control of its address.
			self::HUB_SITES     => "id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
url varchar(255) NOT NULL,
host varchar(191) NOT NULL DEFAULT '',
token_hash char(64) NOT NULL,
challenge_hash char(64) NOT NULL DEFAULT '',
registered_gmt datetime NOT NULL,
verified_gmt datetime DEFAULT NULL,
last_report_gmt datetime DEFAULT NULL,
PRIMARY KEY  (id),
KEY host_registered (host,registered_gmt)",
			self::HUB_DISPLAYS  => 'site_id bigint(20) unsigned NOT NULL,
day date NOT NULL,
poster_id varchar(64) NOT NULL,
country char(2) NOT NULL,
displays bigint(20) unsigned NOT NULL DEFAULT 0,
held tinyint(1) unsigned NOT NULL DEFAULT 0,
PRIMARY KEY  (site_id,day,poster_id,country),
KEY day_poster (day,poster_id)',
			// Signed revocations the hub still sends; kept until they expire.
			self::REVOCATIONS   => 'id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
poster_id varchar(64) NOT NULL,
body varchar(1024) NOT NULL,
signature varchar(128) NOT NULL,
expires_gmt datetime NOT NULL,
PRIMARY KEY  (id),
KEY expires_gmt (expires_gmt)',
			// One row per revocation and registered site still to reach; deleted once delivered or given up.
			self::DELIVERIES    => 'revocation_id bigint(20) unsigned NOT NULL,
site_id bigint(20) unsigned NOT NULL,
attempts tinyint(3) unsigned NOT NULL DEFAULT 0,
next_gmt datetime NOT NULL,
PRIMARY KEY  (revocation_id,site_id),
KEY next_gmt (next_gmt)',
			// A display site's nonces of accepted revocations, until they expire: a replay is refused.
			self::SEEN_NONCES   => 'nonce char(32) NOT NULL,
expires_at bigint(20) unsigned NOT NULL,
PRIMARY KEY  (nonce),
KEY expires_at (expires_at)',
			// Beacon token places already counted, for the token's lifetime: a random nonce, nothing about the visitor.
			self::SEEN_BEACONS  => 'seen char(24) NOT NULL,
seen_at bigint(20) unsigned NOT NULL,
PRIMARY KEY  (seen),
KEY seen_at (seen_at)',
		);
	}
}
