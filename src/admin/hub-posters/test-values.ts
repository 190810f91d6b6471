/**
 * A complete, valid poster for the tests (fictional, like all demo data).
 */
import type { PosterFormValues } from './form-values';
import type { ActivePoster, AppSettings } from './types';

export const TODAY = '2026-11-29';

export const SETTINGS: AppSettings = {
	isAdmin: false,
	partnerId: 1,
	countries: [ 'BE', 'FR', 'NL' ],
	photo: {
		mimeTypes: [ 'image/jpeg', 'image/png', 'image/webp' ],
		minSide: 300,
		maxSide: 6000,
		maxBytes: 10 * 1024 * 1024,
	},
};

export function validValues(): PosterFormValues {
	return {
		firstName: 'Lotte',
		lastName: '',
		dateOfBirth: '2014-05-02',
		ageAtDisappearance: '12',
		missingSince: '2026-10-01',
		place: 'Ghent',
		country: 'BE',
		subdivision: 'BE-VOV',
		lat: '51.05',
		lon: '3.72',
		descriptions: [
			{ lang: 'en', text: 'About 1.50 m tall, brown hair.' },
			{ lang: 'nl', text: 'Ongeveer 1,50 m groot, bruin haar.' },
		],
		photos: [
			{
				attachmentId: 7,
				url: 'https://hub.example.org/p.png',
				alt: 'Portrait of Lotte',
			},
		],
		caseUrl: 'https://kinderzoek-demo.example.org/cases/test',
		hotline: '',
		expires: '',
		partnerId: '',
	};
}

export function storedPoster(): ActivePoster {
	return {
		id: 'be-test-001',
		status: 'active',
		partner_id: 1,
		photo_ids: [ 7 ],
		expires: '2027-10-01',
		modified: '2026-11-01T10:00:00+00:00',
		poster: {
			id: 'be-test-001',
			first_name: 'Lotte',
			last_name: null,
			date_of_birth: null,
			age_at_disappearance: 12,
			missing_since: '2026-10-01',
			last_seen: {
				place: 'Ghent',
				country: 'BE',
				subdivision: 'BE-VOV',
				lat: 51.05,
				lon: 3.72,
			},
			description: { en: 'About 1.50 m tall.', nl: 'Ongeveer 1,50 m.' },
			photos: [
				{
					url: 'https://hub.example.org/p.png',
					width: 600,
					height: 800,
					alt: 'Portrait of Lotte',
				},
			],
			case_url: 'https://kinderzoek-demo.example.org/cases/test',
			hotline: '116 000',
			partner: {
				name: 'Kinderzoek Benelux',
				website: 'https://kinderzoek-demo.example.org',
			},
			expires: '2027-10-01',
		},
	};
}
