import * as migration_20261122_181732_initial from './20261122_181732_initial'
import * as migration_20261122_192713_response_cache from './20261122_192713_response_cache'
import * as migration_20261122_192838_s3_media_fields from './20261122_192838_s3_media_fields'
import * as migration_20261122_195813_search_ranking from './20261122_195813_search_ranking'
import * as migration_20261203_091532_four_eyes from './20261203_091532_four_eyes'
import * as migration_20261203_093257_review_conditions_and_disclaimers from './20261203_093257_review_conditions_and_disclaimers'
import * as migration_20261203_100821_review_reminders from './20261203_100821_review_reminders'
import * as migration_20261203_104129_citation_lookup from './20261203_104129_citation_lookup'
import * as migration_20261203_165839_review_citations from './20261203_165839_review_citations'
import * as migration_20261203_182900_live_flag from './20261203_182900_live_flag'
import * as migration_20261203_234616_clinic_profile from './20261203_234616_clinic_profile'
import * as migration_20261204_000443_reviewer_profiles from './20261204_000443_reviewer_profiles'
import * as migration_20261204_001646_media_on_site from './20261204_001646_media_on_site'
import * as migration_20261204_010322_send_back from './20261204_010322_send_back'
import * as migration_20261204_030932_clinic_time_zone from './20261204_030932_clinic_time_zone'
import * as migration_20261204_033909_search_vocabulary from './20261204_033909_search_vocabulary'
import * as migration_20261204_035039_redirects from './20261204_035039_redirects'
import * as migration_20261204_060243_payload_slug_field from './20261204_060243_payload_slug_field'
import * as migration_20261204_091958_search_rank_index from './20261204_091958_search_rank_index'

export const migrations = [
  {
    up: migration_20261122_181732_initial.up,
    down: migration_20261122_181732_initial.down,
    name: '20261122_181732_initial',
  },
  {
    up: migration_20261122_192713_response_cache.up,
    down: migration_20261122_192713_response_cache.down,
    name: '20261122_192713_response_cache',
  },
  {
    up: migration_20261122_192838_s3_media_fields.up,
    down: migration_20261122_192838_s3_media_fields.down,
    name: '20261122_192838_s3_media_fields',
  },
  {
    up: migration_20261122_195813_search_ranking.up,
    down: migration_20261122_195813_search_ranking.down,
    name: '20261122_195813_search_ranking',
  },
  {
    up: migration_20261203_091532_four_eyes.up,
    down: migration_20261203_091532_four_eyes.down,
    name: '20261203_091532_four_eyes',
  },
  {
    up: migration_20261203_093257_review_conditions_and_disclaimers.up,
    down: migration_20261203_093257_review_conditions_and_disclaimers.down,
    name: '20261203_093257_review_conditions_and_disclaimers',
  },
  {
    up: migration_20261203_100821_review_reminders.up,
    down: migration_20261203_100821_review_reminders.down,
    name: '20261203_100821_review_reminders',
  },
  {
    up: migration_20261203_104129_citation_lookup.up,
    down: migration_20261203_104129_citation_lookup.down,
    name: '20261203_104129_citation_lookup',
  },
  {
    up: migration_20261203_165839_review_citations.up,
    down: migration_20261203_165839_review_citations.down,
    name: '20261203_165839_review_citations',
  },
  {
    up: migration_20261203_182900_live_flag.up,
    down: migration_20261203_182900_live_flag.down,
    name: '20261203_182900_live_flag',
  },
  {
    up: migration_20261203_234616_clinic_profile.up,
    down: migration_20261203_234616_clinic_profile.down,
    name: '20261203_234616_clinic_profile',
  },
  {
    up: migration_20261204_000443_reviewer_profiles.up,
    down: migration_20261204_000443_reviewer_profiles.down,
    name: '20261204_000443_reviewer_profiles',
  },
  {
    up: migration_20261204_001646_media_on_site.up,
    down: migration_20261204_001646_media_on_site.down,
    name: '20261204_001646_media_on_site',
  },
  {
    up: migration_20261204_010322_send_back.up,
    down: migration_20261204_010322_send_back.down,
    name: '20261204_010322_send_back',
  },
  {
    up: migration_20261204_030932_clinic_time_zone.up,
    down: migration_20261204_030932_clinic_time_zone.down,
    name: '20261204_030932_clinic_time_zone',
  },
  {
    up: migration_20261204_033909_search_vocabulary.up,
    down: migration_20261204_033909_search_vocabulary.down,
    name: '20261204_033909_search_vocabulary',
  },
  {
    up: migration_20261204_035039_redirects.up,
    down: migration_20261204_035039_redirects.down,
    name: '20261204_035039_redirects',
  },
  {
    up: migration_20261204_060243_payload_slug_field.up,
    down: migration_20261204_060243_payload_slug_field.down,
    name: '20261204_060243_payload_slug_field',
  },
  {
    up: migration_20261204_091958_search_rank_index.up,
    down: migration_20261204_091958_search_rank_index.down,
    name: '20261204_091958_search_rank_index',
  },
]
