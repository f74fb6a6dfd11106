// Cytoscape with the extensions the explorer uses, registered once per page.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';

cytoscape.use(fcose);
cytoscape.use(svg);

export { cytoscape };
