// Property tests draw from a fixed seed so a CI run is reproducible; FC_SEED=<n> explores others.
import fc from 'fast-check';

fc.configureGlobal({seed: Number(process.env['FC_SEED'] ?? 20_261_126)});
