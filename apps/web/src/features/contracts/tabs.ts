// Loads every part's contract tabs and header actions (each file calls registerContractTab / registerContractAction).
// One import line per part.
import './core/core-tabs';
