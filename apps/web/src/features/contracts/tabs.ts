// Loads every part's contract tabs (each file calls registerContractTab). One import line per part.
import './core/core-tabs';
