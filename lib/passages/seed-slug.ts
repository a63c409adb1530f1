/** The seed article's slug: cheap to import where the article itself (and the engine) is not needed. */
export const SEED_SLUG = "2017-01-alibaba-trump";
