// The Sources area's questions and writes (issue 15), as GraphQL documents typed by codegen
// (generated/operations.ts). Writes are sent with the reviewer's token (graphql-request.ts).
import type {
  AcceptCandidateMutation,
  AcceptCandidateMutationVariables,
  AddSourceMutation,
  AddSourceMutationVariables,
  CreateCandidateMutation,
  CreateCandidateMutationVariables,
  FactCandidatesQuery,
  FactCandidatesQueryVariables,
  RejectCandidateMutation,
  RejectCandidateMutationVariables,
  RetractFactMutation,
  RetractFactMutationVariables,
  SourceDocumentQuery,
  SourceDocumentQueryVariables,
  SourceDocumentsQuery,
  SourceDocumentsQueryVariables,
  ViewerQuery,
  ViewerQueryVariables,
} from './generated/operations.ts';
import type { TypedQuery } from './graphql-request.ts';

const CANDIDATE = /* GraphQL */ `
  fragment ReviewCandidate on Candidate {
    id
    kind
    status
    quote
    start
    end
    confidence
    sourceId
    fields
    linkedId
    factId
    reviewedBy
    reviewedAt
    edit
  }
`;

const VIEWER = /* GraphQL */ `
  query Viewer {
    viewer {
      name
      scope
    }
  }
`;
export const VIEWER_QUERY: TypedQuery<ViewerQuery, ViewerQueryVariables> = VIEWER;

/** The list of sources with each one's candidates' statuses, for the pending counts. */
const SOURCE_DOCUMENTS = /* GraphQL */ `
  query SourceDocuments {
    sourceDocuments(first: 100) {
      id
      title
      publisher
      publishedAt
      addedBy
      candidates {
        id
        status
      }
    }
  }
`;
export const SOURCE_DOCUMENTS_QUERY: TypedQuery<
  SourceDocumentsQuery,
  SourceDocumentsQueryVariables
> = SOURCE_DOCUMENTS;

const SOURCE_DOCUMENT = /* GraphQL */ `
  query SourceDocument($id: ID!) {
    sourceDocument(id: $id) {
      id
      title
      publisher
      url
      publishedAt
      retrievedAt
      addedBy
      text
      candidates {
        ...ReviewCandidate
      }
    }
  }
  ${CANDIDATE}
`;
export const SOURCE_DOCUMENT_QUERY: TypedQuery<SourceDocumentQuery, SourceDocumentQueryVariables> =
  SOURCE_DOCUMENT;

/** The accepted candidates behind a node: its quotes, reviewers and places in the text. */
const FACT_CANDIDATES = /* GraphQL */ `
  query FactCandidates($id: ID!) {
    factCandidates(id: $id) {
      id
      kind
      quote
      sourceId
      reviewedBy
      reviewedAt
    }
  }
`;
export const FACT_CANDIDATES_QUERY: TypedQuery<FactCandidatesQuery, FactCandidatesQueryVariables> =
  FACT_CANDIDATES;

const ADD_SOURCE = /* GraphQL */ `
  mutation AddSource($input: AddSourceInput!) {
    addSource(input: $input) {
      created
      source {
        id
        title
      }
      candidates {
        id
        status
      }
    }
  }
`;
export const ADD_SOURCE_MUTATION: TypedQuery<AddSourceMutation, AddSourceMutationVariables> =
  ADD_SOURCE;

const ACCEPT = /* GraphQL */ `
  mutation AcceptCandidate($id: ID!, $edit: CandidateEdit, $mergeInto: ID) {
    acceptCandidate(id: $id, edit: $edit, mergeInto: $mergeInto) {
      ...ReviewCandidate
    }
  }
  ${CANDIDATE}
`;
export const ACCEPT_MUTATION: TypedQuery<
  AcceptCandidateMutation,
  AcceptCandidateMutationVariables
> = ACCEPT;

const REJECT = /* GraphQL */ `
  mutation RejectCandidate($id: ID!) {
    rejectCandidate(id: $id) {
      ...ReviewCandidate
    }
  }
  ${CANDIDATE}
`;
export const REJECT_MUTATION: TypedQuery<
  RejectCandidateMutation,
  RejectCandidateMutationVariables
> = REJECT;

const RETRACT = /* GraphQL */ `
  mutation RetractFact($id: ID!) {
    retractFact(id: $id) {
      ...ReviewCandidate
    }
  }
  ${CANDIDATE}
`;
export const RETRACT_MUTATION: TypedQuery<RetractFactMutation, RetractFactMutationVariables> =
  RETRACT;

const CREATE_CANDIDATE = /* GraphQL */ `
  mutation CreateCandidate($input: ManualCandidateInput!) {
    createCandidate(input: $input) {
      ...ReviewCandidate
    }
  }
  ${CANDIDATE}
`;
export const CREATE_CANDIDATE_MUTATION: TypedQuery<
  CreateCandidateMutation,
  CreateCandidateMutationVariables
> = CREATE_CANDIDATE;
